/**
 * The JavaScript a browser fetches before the first public page can render: the entry script
 * and every module it preloads, named in dist/web/index.html; sizes gzipped at level 9 as
 * a server would send them. Chunks loaded later (the charts) are listed apart.
 * Run after `npm run build`: `npm run web:size` (`--markdown` for BENCHMARKS.md rows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const WEB = join(import.meta.dirname, '..', 'dist', 'web');
const GOAL_kB = 250;

function gzippedKb(file: string): number {
  return gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length / 1000;
}

const html = readFileSync(join(WEB, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g),
].map((match) => match[1] ?? '');
if (initial.length === 0)
  throw new Error(`no entry script in ${WEB}/index.html: run npm run build`);
const later = readdirSync(join(WEB, 'assets'))
  .map((name) => `assets/${name}`)
  .filter((file) => file.endsWith('.js') && !initial.includes(file));

const row = (file: string) => ({ file, kb: gzippedKb(file) });
const initialRows = initial.map(row);
const laterRows = later.map(row);
const total = initialRows.reduce((sum, r) => sum + r.kb, 0);
const markdown = process.argv.includes('--markdown');
const print = (label: string, rows: { file: string; kb: number }[]) => {
  for (const r of rows) {
    const name = r.file.replace(/-[\w-]{8}\.js$/, '.js');
    console.log(
      markdown
        ? `| ${label} | ${name} | ${r.kb.toFixed(1)} |`
        : `${label}\t${name}\t${r.kb.toFixed(1)} kB`,
    );
  }
};
print('initial', initialRows);
print('on demand', laterRows);
console.log(
  markdown
    ? `| **initial total** | | **${total.toFixed(1)}** (goal ≤ ${GOAL_kB}) |`
    : `initial total\t${total.toFixed(1)} kB gzipped (goal ≤ ${GOAL_kB} kB)`,
);
if (total > GOAL_kB) process.exitCode = 1;
