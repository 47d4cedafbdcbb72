/**
 * Bundles the compiled CLI (dist/cli/main.js, from `tsc`) into dist/cli-bundle/, which
 * bin/netzero.js runs. Node spends about 0.5 ms loading each ES module file; a report command
 * loaded some 800 of them (Kysely alone is 279 files, ~190 ms), so one command paid 0.4–0.6 s
 * before doing anything (BENCHMARKS.md, Reports). Bundled, each command loads a few chunks:
 * commands stay lazily loaded (code splitting keeps `import()` boundaries as chunks).
 *
 * Left outside the bundle, loaded from node_modules as before: packages that find files next
 * to their own code at run time (PGlite's WebAssembly and data files, resvg's native binary)
 * and CommonJS packages (pg, exceljs), which Node loads as they are.
 *
 * The output sits two levels below the package root, as dist/<dir>/ does, so code that finds
 * the root from its own location (src/datasets/datasets.ts) works unchanged.
 */
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const OUT_DIR = 'dist/cli-bundle';

await rm(OUT_DIR, { recursive: true, force: true });
await build({
  entryPoints: ['dist/cli/main.js'],
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@electric-sql/pglite', '@resvg/resvg-js', 'pg', 'exceljs', 'docx'],
  // A bundled dependency that calls require() (none today) would otherwise fail at run time.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
