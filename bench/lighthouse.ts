/**
 * The public site as a citizen's phone sees it (issue #19): Lighthouse 12, its default mobile
 * preset (Moto G Power screen, simulated slow 4G and 4× CPU slowdown), Debian's Chromium, against
 * the demo (`node bin/netzero.js demo` on a fresh PGlite directory and a free 127.0.0.1 port).
 * Each public page is audited RUNS times and the median of each figure kept: the machine is
 * shared, so one run says little. `npm run bench` runs it last; alone, after `npm run build`:
 * `node --import tsx bench/lighthouse.ts [label]`. Results: bench/results/lighthouse[-label].json
 * and the BENCHMARKS.md table, "Public site".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? '3');

/** The public pages: what anyone reads without signing in. */
export const publicPages: Record<string, string> = {
  overview: '/#/',
  measures: '/#/measures',
  measure: '/#/measures/transport/1',
  emissions: '/#/emissions',
  'open data': '/#/open-data',
  committee: '/#/committee',
  indicators: '/#/indicators',
  registries: '/#/registries',
  credits: '/#/credits',
};

export interface PageFigures {
  performance: number;
  accessibility: number;
  seo: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

/** Starts the demo as `npm start` does, on a free port and an empty data directory. */
async function startDemo(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NETZERO_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
  };
  delete env.DATABASE_URL;
  const child = spawn('node', ['bin/netzero.js', 'demo'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Net-Zero Tracker on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the demo exited (${code}):\n${output}`)));
  });
  return { url, child };
}

/** Lighthouse asks to be run again when its trace failed (NO_NAVSTART, NO_FCP under load). */
const ATTEMPTS = 3;

async function audit(url: string, port: number, attempt = 1): Promise<PageFigures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'seo', 'best-practices'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) {
    const failure = `${url}: ${runtimeError.code} ${runtimeError.message}`;
    if (attempt >= ATTEMPTS) throw new Error(failure);
    console.log(`${failure}; again`);
    return audit(url, port, attempt + 1);
  }
  const score = (id: string) => Math.round((categories[id]?.score ?? NaN) * 100);
  const value = (id: string) => audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    seo: score('seo'),
    bestPractices: score('best-practices'),
    lcpMs: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbtMs: value('total-blocking-time'),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The median of each figure over the runs (each figure on its own, as Lighthouse advises). */
function medianOf(runs: readonly PageFigures[]): PageFigures {
  const of = (key: keyof PageFigures) => median(runs.map((r) => r[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    seo: of('seo'),
    bestPractices: of('bestPractices'),
    lcpMs: of('lcpMs'),
    cls: of('cls'),
    tbtMs: of('tbtMs'),
  };
}

/** A BENCHMARKS.md table row per page, with the issue's goals marked. */
export function lighthouseLines(pages: Record<string, PageFigures>): string[] {
  const mark = (text: string, met: boolean) => (met ? text : `**${text}**`);
  return [
    '| page | performance | LCP s | CLS | TBT ms | accessibility | SEO | best practices |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(pages).map(
      ([name, f]) =>
        `| ${name} | ${mark(String(f.performance), f.performance >= 95)} | ${mark((f.lcpMs / 1000).toFixed(1), f.lcpMs <= 2000)} | ${mark(f.cls.toFixed(3), f.cls <= 0.02)} | ${Math.round(f.tbtMs)} | ${mark(String(f.accessibility), f.accessibility === 100)} | ${mark(String(f.seo), f.seo === 100)} | ${f.bestPractices} |`,
    ),
    `Medians of ${RUNS} runs per page; **bold**: a goal of issue #19 missed (performance ≥ 95, LCP ≤ 2.0 s, CLS ≤ 0.02, accessibility and SEO 100).`,
  ];
}

export async function benchLighthouse(label?: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'netzero-bench-lighthouse-'));
  const demo = await startDemo(join(dir, 'pglite'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const pages: Record<string, PageFigures> = {};
    const runs: Record<string, PageFigures[]> = {};
    // Page after page within a round, so a slow moment of the machine spreads over the pages.
    for (let round = 0; round < RUNS; round++) {
      for (const [name, path] of Object.entries(publicPages)) {
        console.log(`lighthouse ${round + 1}/${RUNS}: ${name}`);
        (runs[name] ??= []).push(await audit(`${demo.url}${path}`, chrome.port));
      }
    }
    for (const [name, figures] of Object.entries(runs)) pages[name] = medianOf(figures);
    await mkdir('bench/results', { recursive: true });
    const file = `bench/results/lighthouse${label ? `-${label}` : ''}.json`;
    const report = { date: new Date().toISOString(), runsPerPage: RUNS, pages, runs };
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    return lighthouseLines(pages);
  } finally {
    chrome.kill();
    const exited = new Promise((done) => demo.child.once('exit', done));
    demo.child.kill();
    await exited;
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await benchLighthouse(process.argv[2])).join('\n'));
}
