/**
 * Report benchmarks (BENCHMARKS.md, "Reports"): the full Kaohsiung results report in all four
 * formats, end to end through the built CLI (`node bin/netzero.js report results …`), with the
 * wall time and the peak memory of the whole process tree (Node and both LibreOffice
 * processes), plus an in-process breakdown by stage. Runs alone with
 * `npm run build && node --import tsx bench/reports.ts`, or from bench/run.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase } from '../src/db/connect.js';
import { buildAgencyTemplate } from '../src/reports/agency-template/build-agency-template.js';
import { SHEETS } from '../src/reports/agency-template/layout.js';
import { parseAgencyUpload } from '../src/reports/agency-template/parse-agency-upload.js';
import type { RoundTemplateInput } from '../src/reports/agency-template/types.js';
import { convertDocxTo } from '../src/reports/render/libreoffice.js';
import { renderResultsDocx } from '../src/reports/render/docx/results-docx.js';
import { renderResultsXlsx } from '../src/reports/render/results-xlsx.js';
import { buildResultsReport } from '../src/reports/results-report/build-results-report.js';
import { summarize, type Timing } from './timing.js';

const RUNS = 5;
const PAGE_KB = 4;

export interface ReportsBench {
  templateImport: { rows: number; wall: Timing; peakRssMb: number; ok: boolean };
  endToEnd: { wall: Timing; peakTreeMb: number[] };
  stages: Record<'model' | 'docx' | 'xlsx' | 'odtAndPdf', Timing>;
}

/** Sum of the resident memory of `root` and all its descendants, in kB (Linux /proc). */
async function treeRssKb(root: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      const statm = await readFile(`/proc/${entry}/statm`, 'utf8');
      rss.set(Number(entry), Number(statm.split(' ')[1]) * PAGE_KB);
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parents.get(p))
      if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, kb] of rss) if (inTree(pid)) total += kb;
  return total;
}

/** Runs a command, sampling its process tree's memory every 25 ms. */
function runSampled(
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ms: number; peakKb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(argv[0] ?? 'node', argv.slice(1), {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let peakKb = 0;
    let sampling = false;
    const timer = setInterval(() => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      void treeRssKb(child.pid).then((kb) => {
        peakKb = Math.max(peakKb, kb);
        sampling = false;
      });
    }, 25);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, peakKb });
      else reject(new Error(`${argv.join(' ')} exited with ${String(code)}`));
    });
  });
}

async function timeIt(fn: () => Promise<unknown>): Promise<Timing> {
  await fn();
  const durations: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return summarize(durations);
}

/** A round asking one agency for 10,000 indicators, filled in: the upload the issue sizes. */
async function filledTemplate(rows: number): Promise<Buffer> {
  const round: RoundTemplateInput = {
    city: 'bench',
    round: 'r1',
    plan: 'p',
    period: { start: '2024-01-01', end: '2024-06-30', label: '113年1–6月' },
    cutOff: '2024-07-15',
    agency: { code: 'a', name: '局' },
    measures: Array.from({ length: rows / 10 }, (_, m) => ({
      sector: 'energy',
      sectorName: '能源',
      no: m + 1,
      name: `措施 ${String(m + 1)}`,
      indicators: Array.from({ length: 10 }, (_, i) => ({
        key: `i${String(i)}`,
        label: `指標 ${String(i)}`,
        unit: 'kW',
        previous: [{ label: '112年', value: String(i * 7) }],
      })),
    })),
  };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await buildAgencyTemplate(round)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(SHEETS.figures);
  if (!sheet) throw new Error('the template has no figures sheet');
  for (let r = 2; r <= rows + 1; r++) sheet.getRow(r).getCell(8).value = r * 1.5;
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function benchTemplateImport(): Promise<ReportsBench['templateImport']> {
  const rows = 10_000;
  const upload = await filledTemplate(rows);
  const expected = { city: 'bench', round: 'r1', agency: 'a' };
  let ok = false;
  const wall = await timeIt(async () => {
    ok = (await parseAgencyUpload(upload, expected)).ok;
  });
  // Peak resident memory of this process so far (it has only built and parsed workbooks).
  return { rows, wall, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ok };
}

export async function benchReports(): Promise<ReportsBench> {
  const templateImport = await benchTemplateImport();
  const dir = await mkdtemp(join(tmpdir(), 'netzero-bench-reports-'));
  try {
    // The report runs on embedded PGlite, as a new user's first command would.
    const env: NodeJS.ProcessEnv = { ...process.env, NETZERO_DATA_DIR: join(dir, 'pglite') };
    delete env.DATABASE_URL;
    await runSampled(['node', 'bin/netzero.js', 'seed', 'kaohsiung'], env);
    const report = [
      'node',
      'bin/netzero.js',
      'report',
      'results',
      '--city',
      'kaohsiung',
      '--plan',
      'phase2',
      '--as-of',
      '2023-09-30',
      '--format',
      'docx,odt,pdf,xlsx',
      '--out',
      join(dir, 'out'),
    ];
    await runSampled(report, env); // warm-up: file caches, LibreOffice's own libraries
    const walls: number[] = [];
    const peaks: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { ms, peakKb } = await runSampled(report, env);
      walls.push(ms);
      peaks.push(Math.round(peakKb / 1024));
    }
    const database = await openDatabase({ dataDir: join(dir, 'pglite') });
    try {
      const build = () => buildResultsReport(database.db, 'kaohsiung', 'phase2', '2023-09-30');
      const model = await build();
      const docx = await renderResultsDocx(model);
      return {
        templateImport,
        endToEnd: { wall: summarize(walls), peakTreeMb: peaks },
        stages: {
          model: await timeIt(build),
          docx: await timeIt(() => renderResultsDocx(model)),
          xlsx: await timeIt(() => renderResultsXlsx(model)),
          odtAndPdf: await timeIt(() => convertDocxTo(docx, ['odt', 'pdf'])),
        },
      };
    } finally {
      await database.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const result = await benchReports();
  console.log(JSON.stringify(result, null, 2));
}
