/**
 * The JavaScript each public page makes a browser fetch, and a budget per page (issue #19).
 * From the build's manifest (dist/web/.vite/manifest.json): the entry script and its static
 * imports (every page pays them), then each page's own chunks (its lazily loaded page, the
 * chart chunk) with their imports. Sizes as the server sends them to a browser: the brotli file
 * written at build time (scripts/precompress.ts); gzip level 9 beside it for comparison.
 * Run after `npm run build`: `npm run web:size` (`--markdown` for BENCHMARKS.md rows); it fails
 * when a page is over its budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const WEB = join(import.meta.dirname, '..', 'dist', 'web');
const ENTRY = 'index.html';
const CHARTS = 'components/chart/echarts.ts';

/**
 * Each public page's own modules (manifest keys: sources under src/web) and its budget in kB
 * (1000 bytes) of brotli, the entry included. A page without charts stays near the entry's
 * size; the chart chunk (ECharts, about 150 kB) comes only with the pages that draw charts.
 */
const pages: Record<string, { chunks: string[]; budgetKb: number }> = {
  overview: { chunks: [CHARTS], budgetKb: 300 },
  measures: { chunks: [], budgetKb: 150 },
  measure: { chunks: [CHARTS], budgetKb: 300 },
  emissions: { chunks: ['pages/emissions/EmissionsPage.tsx', CHARTS], budgetKb: 310 },
  'open data': { chunks: ['pages/OpenDataPage.tsx'], budgetKb: 155 },
  committee: { chunks: ['pages/committee/pages.ts'], budgetKb: 160 },
  indicators: { chunks: ['pages/indicators/pages.ts'], budgetKb: 155 },
  registries: { chunks: ['pages/registries/RegistriesPage.tsx'], budgetKb: 155 },
  credits: { chunks: [], budgetKb: 150 },
};

interface ManifestChunk {
  file: string;
  imports?: string[];
}

const manifestFile = join(WEB, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) throw new Error(`no ${manifestFile}: run npm run build`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;

/** The files a module loads before it runs: its own and its static imports', transitively. */
function filesOf(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build's manifest: update scripts/web-size.ts`);
  if (seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) filesOf(imported, seen);
  return seen;
}

function sizes(file: string): { br: number; gzip: number } {
  const bytes = readFileSync(join(WEB, file));
  const brotli = join(WEB, `${file}.br`);
  return {
    br: (existsSync(brotli) ? readFileSync(brotli).length : bytes.length) / 1000,
    gzip: gzipSync(bytes, { level: 9 }).length / 1000,
  };
}

const total = (files: Iterable<string>) =>
  [...files].map(sizes).reduce((sum, s) => ({ br: sum.br + s.br, gzip: sum.gzip + s.gzip }), {
    br: 0,
    gzip: 0,
  });

const markdown = process.argv.includes('--markdown');
const initial = filesOf(ENTRY);
const shortName = (file: string) => file.replace(/-[\w-]{8}\.js$/, '.js');
for (const file of initial) {
  const s = sizes(file);
  console.log(
    markdown
      ? `| initial | ${shortName(file)} | ${s.br.toFixed(1)} | ${s.gzip.toFixed(1)} |`
      : `initial\t${shortName(file)}\t${s.br.toFixed(1)} kB brotli\t${s.gzip.toFixed(1)} kB gzip`,
  );
}
let over = 0;
for (const [name, page] of Object.entries(pages)) {
  const files = new Set(initial);
  for (const chunk of page.chunks) filesOf(chunk, files);
  const s = total(files);
  const met = s.br <= page.budgetKb;
  if (!met) over++;
  console.log(
    markdown
      ? `| ${name} | ${files.size} files | ${s.br.toFixed(1)} (budget ${page.budgetKb}) | ${s.gzip.toFixed(1)} |`
      : `${met ? 'within' : 'OVER  '}\t${name}\t${s.br.toFixed(1)} kB brotli (budget ${page.budgetKb})\t${s.gzip.toFixed(1)} kB gzip\t${files.size} files`,
  );
}
if (over > 0) {
  console.error(`${over} page(s) over budget`);
  process.exitCode = 1;
}
