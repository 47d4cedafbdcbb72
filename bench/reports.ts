/**
 * Report benchmarks (BENCHMARKS.md, "Reports"): the full Kaohsiung results report in all four
 * formats end to end through the built CLI (wall time, CPU time and the peak memory of the whole
 * process tree, LibreOffice included); its stages; what the LibreOffice changes are worth,
 * measured against the old way in the same run; the report of every synthetic city
 * (`benchCityReports`, called by bench/run.ts with the national dataset loaded); and a
 * 10,000-row agency upload parsed in a process of its own. Runs alone (without the 22 cities)
 * with `npm run build && node --import tsx bench/reports.ts`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import ExcelJS from 'exceljs';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Tables } from '../src/db/tables.js';
import { buildAgencyTemplate } from '../src/reports/agency-template/build-agency-template.js';
import { SHEETS } from '../src/reports/agency-template/layout.js';
import type { RoundTemplateInput } from '../src/reports/agency-template/types.js';
import { renderResultsReport } from '../src/reports/generate-results-report.js';
import { reportFormats } from '../src/core/vocabulary/lists.js';
import { startLibreOffice } from '../src/reports/report-formats.js';
import { convertDocxTo } from '../src/reports/render/libreoffice.js';
import {
  profileTemplate,
  runSoffice,
  WARM_DOCX,
} from '../src/reports/render/libreoffice-profile.js';
import { renderResultsDocx } from '../src/reports/render/docx/results-docx.js';
import { renderResultsXlsx } from '../src/reports/render/results-xlsx.js';
import { buildResultsReport } from '../src/reports/results-report/build-results-report.js';
import { saveReportSnapshot } from '../src/reports/snapshots/report-snapshots.js';
import { processIo } from '../src/cli/io.js';
import { startProgress } from '../src/cli/progress.js';
import { summarize, type Timing } from './timing.js';

const RUNS = 5;
/** The LibreOffice comparisons start LibreOffice twice per round: fewer rounds. */
const AB_ROUNDS = 3;
const PAGE_KB = 4;
const UPLOAD_ROWS = 10_000;

/** The machine's load average when a measurement started (`uptime`): the numbers are noisy. */
export const loadAverage = () =>
  execFileSync('uptime', { encoding: 'utf8' })
    .replace(/.*load average:\s*/s, '')
    .trim();

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Sum of the resident memory of `root` and all its descendants, in kB (Linux /proc), found by
 * walking each process's `task/<tid>/children` down from `root`: a few small reads. (It used
 * to read /proc/<pid>/stat of every process on the machine, ~27 ms of CPU per sample; sampled
 * every 25 ms, that kept one of the two cores busy beside the command it measured.)
 */
function treeRssKb(root: number): number {
  let total = 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    try {
      total += Number(readFileSync(`/proc/${String(pid)}/statm`, 'utf8').split(' ')[1]) * PAGE_KB;
      for (const tid of readdirSync(`/proc/${String(pid)}/task`))
        for (const child of readFileSync(`/proc/${String(pid)}/task/${tid}/children`, 'utf8')
          .split(' ')
          .filter((c) => c !== ''))
          pending.push(Number(child));
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

interface ChildRun {
  ms: number;
  /** Peak of the summed resident memory of the process tree, sampled every 25 ms. */
  peakTreeKb: number;
  /** GNU time: user + system CPU seconds of the process and every child it waited for. */
  cpuS: number;
  /** GNU time: the largest single process's peak resident set. */
  maxRssKb: number;
  stdout: string;
}

/** Runs a command under GNU time, sampling its process tree's memory every 25 ms. */
function runSampled(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'BENCHTIME %U %S %M', ...argv], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peakTreeKb = 0;
    const timer = setInterval(() => {
      if (child.pid !== undefined) peakTreeKb = Math.max(peakTreeKb, treeRssKb(child.pid));
    }, 25);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      const time = /BENCHTIME ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      if (code !== 0 || !time)
        reject(new Error(`${argv.join(' ')} exited with ${String(code)}: ${stderr}`));
      else
        resolve({
          ms,
          peakTreeKb,
          cpuS: Number(time[1]) + Number(time[2]),
          maxRssKb: Number(time[3]),
          stdout,
        });
    });
  });
}

async function timeIt(fn: () => Promise<unknown>, runs = RUNS): Promise<Timing> {
  await fn();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return summarize(durations);
}

/**
 * Times `a` and `b` back to back, round by round (after one warm-up of each), so both share the
 * machine's moment; `ratio` is the median of the round-by-round ratios b ÷ a.
 */
async function compare(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  rounds = AB_ROUNDS,
): Promise<{ a: Timing; b: Timing; ratio: number }> {
  const time = async (fn: () => Promise<unknown>) => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(await time(a));
    bs.push(await time(b));
  }
  return {
    a: summarize(as),
    b: summarize(bs),
    ratio: median(bs.map((x, i) => x / (as[i] ?? NaN))),
  };
}

// ---------------------------------------------------------------------------------------------
// LibreOffice, old way against new, same run

/**
 * One DOCX through the profile's Convert macro with the document already in place (what the
 * old code did), on a copy of the prepared profile template; `unprepared` removes the mark
 * `Prepare` leaves, i.e. the profile as it was before, which runs the graphics render tests at
 * every start.
 */
async function convertWithProfile(
  docx: Buffer,
  targets: readonly ('odt' | 'pdf')[],
  unprepared: boolean,
): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'netzero-bench-soffice-'));
  try {
    const profile = join(work, 'profile');
    await cp(await profileTemplate({}), profile, { recursive: true });
    if (unprepared) {
      const xcu = join(profile, 'user', 'registrymodifications.xcu');
      const text = await readFile(xcu, 'utf8');
      const stripped = text.replace(/<item [^\n]*ooSetupLastVersion[^\n]*\n/, '');
      if (stripped === text) throw new Error('the profile template carries no version mark');
      await writeFile(xcu, stripped);
    }
    await writeFile(join(work, 'report.docx'), docx);
    const url = (name: string) => pathToFileURL(join(work, name)).href;
    const out = (t: 'odt' | 'pdf') => (targets.includes(t) ? url(`report.${t}`) : '');
    const warm = pathToFileURL(join(profile, WARM_DOCX)).href; // unused: the DOCX is there
    const call = [url('report.docx'), out('odt'), out('pdf'), url('cancel'), warm]
      .map((u) => `"${u}"`)
      .join(',');
    await runSoffice(
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        `macro:///Standard.Module1.Convert(${call},0)`,
      ],
      {},
    );
    for (const t of targets) await readFile(join(work, `report.${t}`)); // it did produce them
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The 10,000-row upload

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

/**
 * The child that parses the upload: a fresh Node process on the built code (`npm run build`),
 * which reads the file, parses it once and prints the parse's wall time and its own peak RSS.
 */
const PARSE_CHILD = `
import { readFile } from 'node:fs/promises';
const { parseAgencyUpload } = await import(process.argv[1]);
const data = await readFile(process.argv[2]);
const started = performance.now();
const outcome = await parseAgencyUpload(data, { city: 'bench', round: 'r1', agency: 'a' });
const ms = performance.now() - started;
const figures = outcome.ok ? outcome.submission.figures.length : -1;
console.log(JSON.stringify({ ms, figures, maxRssKb: process.resourceUsage().maxRSS }));
`;

export interface UploadBench {
  rows: number;
  fileBytes: number;
  /** The parse alone, timed inside the child. */
  parse: Timing;
  /** The whole child: Node's start, loading exceljs, reading the file, the parse. */
  process: Timing;
  peakRssMb: number[];
  cpuS: number[];
  ok: boolean;
  load: string;
}

async function benchUpload(dir: string): Promise<UploadBench> {
  const data = await filledTemplate(UPLOAD_ROWS);
  const file = join(dir, 'upload.xlsx');
  await writeFile(file, data);
  const parser = join(process.cwd(), 'dist/reports/agency-template/parse-agency-upload.js');
  const argv = ['node', '--input-type=module', '-e', PARSE_CHILD, parser, file];
  const load = loadAverage();
  await runSampled(argv); // warm-up: file caches
  const parse: number[] = [];
  const whole: number[] = [];
  const peaks: number[] = [];
  const cpu: number[] = [];
  let ok = true;
  for (let i = 0; i < RUNS; i++) {
    const run = await runSampled(argv);
    const out = JSON.parse(run.stdout) as { ms: number; figures: number; maxRssKb: number };
    ok &&= out.figures === UPLOAD_ROWS;
    parse.push(out.ms);
    whole.push(run.ms);
    peaks.push(Math.round(run.maxRssKb / 1024));
    cpu.push(run.cpuS);
  }
  return {
    rows: UPLOAD_ROWS,
    fileBytes: data.length,
    parse: summarize(parse),
    process: summarize(whole),
    peakRssMb: peaks,
    cpuS: cpu,
    ok,
    load,
  };
}

// ---------------------------------------------------------------------------------------------
// Kaohsiung

const STAGES = [
  'openDatabase',
  'migrationCheck',
  'model',
  'snapshot',
  'docx',
  'xlsx',
  'libreOffice',
  'libreOfficeStartAndCancel',
] as const;

export interface ReportsBench {
  endToEnd: { wall: Timing; cpuS: number[]; peakTreeMb: number[]; load: string };
  stages: Record<(typeof STAGES)[number], Timing> & { load: string };
  /** b ÷ a, medians of round-by-round ratios. */
  libreOffice: {
    unpreparedVsPrepared: { prepared: Timing; unprepared: Timing; ratio: number };
    twoStartsVsOne: { one: Timing; twoInParallel: Timing; ratio: number };
    load: string;
  };
  pipeline: { sequential: Timing; overlapped: Timing; ratio: number; load: string };
  upload: UploadBench;
}

export async function benchReports(): Promise<ReportsBench> {
  const dir = await mkdtemp(join(tmpdir(), 'netzero-bench-reports-'));
  try {
    console.log('reports: 10,000-row upload…');
    const upload = await benchUpload(dir);
    // The report runs on embedded PGlite, as a new user's first command would.
    const dataDir = join(dir, 'pglite');
    const env: NodeJS.ProcessEnv = { ...process.env, NETZERO_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    await runSampled(['node', 'bin/netzero.js', 'seed', 'kaohsiung'], env);
    const args = ['--city', 'kaohsiung', '--plan', 'phase2', '--as-of', '2023-09-30'];
    const cli = ['node', 'bin/netzero.js', 'report', 'results', ...args];
    const report = [...cli, '--format', 'docx,odt,pdf,xlsx', '--out', join(dir, 'out')];
    console.log('reports: Kaohsiung end to end…');
    const e2eLoad = loadAverage();
    await runSampled(report, env); // warm-up: file caches, LibreOffice's profile template
    const walls: number[] = [];
    const peaks: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await runSampled(report, env);
      walls.push(run.ms);
      peaks.push(Math.round(run.peakTreeKb / 1024));
      cpu.push(run.cpuS);
    }
    const endToEnd = { wall: summarize(walls), cpuS: cpu, peakTreeMb: peaks, load: e2eLoad };

    console.log('reports: stages…');
    const stagesLoad = loadAverage();
    const open = () => openDatabase({ dataDir });
    const build = (db: Kysely<Tables>) =>
      buildResultsReport(db, 'kaohsiung', 'phase2', '2023-09-30');
    const database = await open();
    const model = await build(database.db);
    await database.close();
    const docx = await renderResultsDocx(model);
    const stage = async <T>(fn: (db: Kysely<Tables>) => Promise<T>) => {
      const d = await open();
      try {
        return await timeIt(() => fn(d.db));
      } finally {
        await d.close();
      }
    };
    const stages = {
      openDatabase: await timeIt(async () => (await open()).close()),
      migrationCheck: await stage((db) => migrateToLatest(db)),
      model: await stage(build),
      snapshot: await stage((db) => saveReportSnapshot(db, model)),
      docx: await timeIt(() => renderResultsDocx(model)),
      xlsx: await timeIt(() => renderResultsXlsx(model)),
      libreOffice: await timeIt(() => convertDocxTo(docx, ['odt', 'pdf'])),
      libreOfficeStartAndCancel: await timeIt(async () => {
        const lo = startLibreOffice(['pdf']);
        await new Promise((resolve) => setTimeout(resolve, 500)); // let it start
        await lo?.cancel();
      }),
      load: stagesLoad,
    };

    console.log('reports: LibreOffice, old way against new…');
    const loLoad = loadAverage();
    const prepared = await compare(
      () => convertWithProfile(docx, ['odt', 'pdf'], false),
      () => convertWithProfile(docx, ['odt', 'pdf'], true),
    );
    const two = await compare(
      () => convertWithProfile(docx, ['odt', 'pdf'], false),
      () =>
        Promise.all([
          convertWithProfile(docx, ['odt'], false),
          convertWithProfile(docx, ['pdf'], false),
        ]),
    );

    console.log('reports: sequential against overlapped pipeline…');
    const pipelineLoad = loadAverage();
    const formats = reportFormats;
    // Before: database, then DOCX and XLSX, then LibreOffice started for the DOCX.
    const sequential = async () => {
      const d = await open();
      let m;
      try {
        await migrateToLatest(d.db);
        m = (await saveReportSnapshot(d.db, await build(d.db))).report;
      } finally {
        await d.close();
      }
      const [x] = await Promise.all([renderResultsDocx(m), renderResultsXlsx(m)]);
      await convertDocxTo(x, ['odt', 'pdf']);
    };
    // Now (the CLI): LibreOffice started first, waiting for the DOCX while the database is read.
    const overlapped = async () => {
      const libreOffice = startLibreOffice(formats);
      const d = await open();
      let m;
      try {
        await migrateToLatest(d.db);
        m = (await saveReportSnapshot(d.db, await build(d.db))).report;
      } finally {
        await d.close();
      }
      await renderResultsReport(m, formats, { libreOffice });
    };
    const pipeline = await compare(sequential, overlapped);

    return {
      endToEnd,
      stages,
      libreOffice: {
        unpreparedVsPrepared: {
          prepared: prepared.a,
          unprepared: prepared.b,
          ratio: prepared.ratio,
        },
        twoStartsVsOne: { one: two.a, twoInParallel: two.b, ratio: two.ratio },
        load: loLoad,
      },
      pipeline: {
        sequential: pipeline.a,
        overlapped: pipeline.b,
        ratio: pipeline.ratio,
        load: pipelineLoad,
      },
      upload,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Every synthetic city

export interface CityReportsBench {
  cities: number;
  /** Model, snapshot, DOCX and XLSX of every city, one after another. */
  totalMs: number;
  perCity: Timing;
  /** The model alone (database reads and arithmetic) and the DOCX alone, per city. */
  modelPerCity: Timing;
  docxPerCity: Timing;
  /** LibreOffice's ODT + PDF of the first `BENCH_LIBREOFFICE_CITIES` cities (default 1). */
  libreOfficeMs: number[];
  load: string;
}

/**
 * The results report of each city on an open database (as the server would have it): model,
 * snapshot, DOCX, XLSX. LibreOffice's ODT and PDF of a synthetic city (about 120 pages) take
 * 40–90 s on this machine (BENCHMARKS.md), too long for all 22 in `npm run bench`, so they run
 * only for the first BENCH_LIBREOFFICE_CITIES cities (default 1).
 */
export async function benchCityReports(
  db: Kysely<Tables>,
  codes: readonly string[],
  plan: string,
  asOf: string,
): Promise<CityReportsBench> {
  const load = loadAverage();
  const perCity: number[] = [];
  const models: number[] = [];
  const docxs: number[] = [];
  const libreOfficeMs: number[] = [];
  const withLibreOffice = Number(process.env.BENCH_LIBREOFFICE_CITIES ?? '1');
  let total = 0;
  // On a terminal, which city is being reported (stderr, erased at the end; silent in a log).
  const progress = startProgress(processIo, 'reports');
  for (const [i, code] of codes.entries()) {
    progress.step(`city ${String(i + 1)} of ${String(codes.length)} (${code})`);
    const t0 = performance.now();
    const snapshot = await saveReportSnapshot(db, await buildResultsReport(db, code, plan, asOf));
    const t1 = performance.now();
    const docx = await renderResultsDocx(snapshot.report);
    const t2 = performance.now();
    await renderResultsXlsx(snapshot.report);
    const t3 = performance.now();
    models.push(t1 - t0);
    docxs.push(t2 - t1);
    perCity.push(t3 - t0);
    total += t3 - t0;
    if (i < withLibreOffice) {
      const started = performance.now();
      await convertDocxTo(docx, ['odt', 'pdf'], { timeoutMs: 1_800_000 });
      libreOfficeMs.push(performance.now() - started);
    }
  }
  progress.done();
  return {
    cities: codes.length,
    totalMs: total,
    perCity: summarize(perCity),
    modelPerCity: summarize(models),
    docxPerCity: summarize(docxs),
    libreOfficeMs,
    load,
  };
}

const ms = (t: Timing) =>
  `${(t.medianMs / 1000).toFixed(2)} s (min ${(t.minMs / 1000).toFixed(2)})`;

/** The lines `npm run bench` prints, goals included. */
export function reportLines(r: ReportsBench, cities?: CityReportsBench): string[] {
  const e = r.endToEnd;
  const peak = Math.max(...e.peakTreeMb);
  const lines = [
    `Reports (load average ${e.load} at the start):`,
    `  Kaohsiung, four formats, CLI end to end: ${ms(e.wall)}, CPU ${median(e.cpuS).toFixed(2)} s, peak tree RSS ${String(Math.min(...e.peakTreeMb))}–${String(peak)} MB`,
    `  stages (load ${r.stages.load}): ${STAGES.map((s) => `${s} ${r.stages[s].medianMs.toFixed(0)} ms`).join(', ')}`,
    `  LibreOffice (load ${r.libreOffice.load}): unprepared profile ÷ prepared ${r.libreOffice.unpreparedVsPrepared.ratio.toFixed(2)} (${ms(r.libreOffice.unpreparedVsPrepared.unprepared)} vs ${ms(r.libreOffice.unpreparedVsPrepared.prepared)}); two starts in parallel ÷ one ${r.libreOffice.twoStartsVsOne.ratio.toFixed(2)}`,
    `  pipeline (load ${r.pipeline.load}): overlapped ÷ sequential ${r.pipeline.ratio.toFixed(2)} (${ms(r.pipeline.overlapped)} vs ${ms(r.pipeline.sequential)})`,
    `  upload of ${String(r.upload.rows)} rows (load ${r.upload.load}): parse ${ms(r.upload.parse)}, whole process ${ms(r.upload.process)}, peak RSS ${String(Math.max(...r.upload.peakRssMb))} MB, ok ${String(r.upload.ok)}`,
  ];
  if (cities)
    lines.push(
      `  ${String(cities.cities)} synthetic cities, model + snapshot + DOCX + XLSX (load ${cities.load}): total ${(cities.totalMs / 1000).toFixed(1)} s, per city ${ms(cities.perCity)} (model ${cities.modelPerCity.medianMs.toFixed(0)} ms, DOCX ${cities.docxPerCity.medianMs.toFixed(0)} ms); LibreOffice ODT + PDF: ${cities.libreOfficeMs.length > 0 ? cities.libreOfficeMs.map((x) => `${(x / 1000).toFixed(1)} s`).join(', ') : 'not run (BENCH_LIBREOFFICE_CITIES=0)'}`,
    );
  const goal = (met: boolean, text: string) => `${met ? 'MET   ' : 'MISSED'}  ${text}`;
  lines.push(
    goal(e.wall.medianMs <= 5000, `one city in all formats ≤ 5 s (CLI median ${ms(e.wall)})`),
    goal(
      r.upload.parse.medianMs <= 3000,
      `10,000-row import ≤ 3 s (parse median ${ms(r.upload.parse)})`,
    ),
    goal(
      Math.max(...r.upload.peakRssMb) <= 300,
      `10,000-row import ≤ 300 MB peak (${String(Math.max(...r.upload.peakRssMb))} MB, whole process)`,
    ),
  );
  return lines;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const result = await benchReports();
  console.log(JSON.stringify(result, null, 2));
  console.log(reportLines(result).join('\n'));
}
