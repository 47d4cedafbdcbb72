/**
 * `npm run bench` (scripts/bench.sh starts a private PostgreSQL and sets BENCH_DATABASE_URL).
 * Loads the synthetic national dataset into PostgreSQL and PGlite, then times in one run:
 * one city's plan summary, all cities' summaries, and the raw SQL of the same rollup (the
 * floor), plus the demo's cold start and peak memory; then the server under load and the
 * public site in Lighthouse. Method and results: BENCHMARKS.md.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { validateCityDocument } from '../src/contracts/validate-city-document.js';
import type { CityDocument } from '../src/contracts/city-document.js';
import { importCity } from '../src/db/city/import-city.js';
import { openDatabase, type Database } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { getPlanSummary } from '../src/db/plans/plan-summary.js';
import { dropDatabase, runAdmin, databaseUrl } from '../src/db/test-support/postgres-admin.js';
import { processIo } from '../src/cli/io.js';
import { startProgress } from '../src/cli/progress.js';
import { benchCityReports, benchReports, reportLines } from './reports.js';
import { BENCH_AS_OF, PLAN, SCALE, syntheticCity } from './synthetic-city.js';
import { summarize, type Timing } from './timing.js';
import { benchServer } from './server.js';
import { runEmissionsBench } from './emissions.js';
import { benchCommitteeMinutes } from './committee-minutes.js';
import { benchCommitteeFollowUp } from './committee-follow-up.js';
import { benchLighthouse } from './lighthouse.js';

const run = promisify(execFile);

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('BENCH_DATABASE_URL is not set: run `npm run bench`');
  console.log(`Generating ${SCALE.cities} cities…`);
  const cities = Array.from({ length: SCALE.cities }, (_, i) =>
    validateCityDocument(syntheticCity(i)),
  );
  const results = cities.reduce(
    (n, c) =>
      n +
      (c.plans[0]?.measures ?? []).reduce(
        (k, m) => k + m.indicators.reduce((j, i) => j + i.results.length, 0),
        0,
      ),
    0,
  );
  console.log(`${results} results in all.`);

  const pgName = `netzero_bench_${process.pid}`;
  await runAdmin(adminUrl, [`CREATE DATABASE ${pgName}`]);
  const pgliteDir = await mkdtemp(join(tmpdir(), 'netzero-bench-'));
  const postgres = await openDatabase({ databaseUrl: databaseUrl(adminUrl, pgName) });
  const pglite = await openDatabase({ dataDir: join(pgliteDir, 'pglite') });
  let open = true;
  const closeBoth = async () => {
    if (!open) return;
    open = false;
    await postgres.close();
    await pglite.close();
  };
  try {
    const importSeconds = {
      postgres: await load(postgres, cities),
      pglite: await load(pglite, cities),
    };
    const codes = cities.map((c) => c.city.code);
    console.log('timing…');
    const timings = await measureInterleaved(postgres, pglite, codes);
    console.log('reports: every synthetic city…');
    const cityReports = await benchCityReports(postgres.db, codes, PLAN.code, BENCH_AS_OF);
    await closeBoth(); // the demo start below should not share the machine with them
    const coldStart = await measureDemoStart();
    const reports = await benchReports();
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      scale: { ...SCALE, results },
      importSeconds,
      ...timings,
      coldStart,
      reports,
      cityReports,
    };
    await mkdir('bench/results', { recursive: true });
    await writeFile('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
    printReport(report);
    console.log(reportLines(reports, cityReports).join('\n')); // BENCHMARKS.md, "Reports"
    await runEmissionsBench(adminUrl); // BENCHMARKS.md, "Emissions"
    await benchCommitteeMinutes(); // BENCHMARKS.md, "Committee"
    await benchCommitteeFollowUp(adminUrl); // BENCHMARKS.md, "Committee"
  } finally {
    await closeBoth();
    await runAdmin(adminUrl, [dropDatabase(pgName)]);
    await rm(pgliteDir, { recursive: true, force: true });
  }
  console.log(`\n${(await benchServer(adminUrl)).join('\n')}`); // bench/server.ts
  // Last: Chromium and the demo should not share the machine with the database benchmarks.
  console.log(`\n${(await benchLighthouse()).join('\n')}`); // BENCHMARKS.md, "Public site"
}

async function load(database: Database, cities: readonly CityDocument[]): Promise<number> {
  await migrateToLatest(database.db);
  console.log(`[${database.engine}] importing…`);
  const started = performance.now();
  const progress = startProgress(processIo, `[${database.engine}] importing`);
  for (const [i, city] of cities.entries()) {
    progress.step(`city ${String(i + 1)} of ${String(cities.length)}`);
    await importCity(database.db, city);
  }
  progress.done();
  await sql`ANALYZE`.execute(database.db);
  return (performance.now() - started) / 1000;
}

const WARMUP_ROUNDS = 5;
const TIMED_ROUNDS = 100;

interface Timings {
  oneCity: { postgres: Timing; pglite: Timing; floorPostgres: Timing; floorPglite: Timing };
  /** Medians of the ratios taken round by round, so both sides of a ratio share the noise. */
  ratios: {
    summaryOverFloorPostgres: number;
    summaryOverFloorPglite: number;
    pgliteOverPostgres: number;
  };
  allCities: { postgres: Timing; pglite: Timing };
}

/** Times the summary and the floor on both engines, city by city, interleaved. */
async function measureInterleaved(
  postgres: Database,
  pglite: Database,
  codes: readonly string[],
): Promise<Timings> {
  const runs = {
    pg: [] as number[],
    lite: [] as number[],
    pgFloor: [] as number[],
    liteFloor: [] as number[],
  };
  const time = async (fn: () => Promise<unknown>) => {
    const started = performance.now();
    await fn();
    return performance.now() - started;
  };
  // All four measurements of a round (one city) run within a fraction of a second, so a slow
  // moment of this shared two-core machine slows each of them; every ratio is taken round by
  // round. Alternating engines costs PostgreSQL some cache warmth, so its absolute times here
  // are on the pessimistic side.
  for (let round = 0; round < WARMUP_ROUNDS + TIMED_ROUNDS; round++) {
    const city = codes[round % codes.length] ?? 'city01';
    const pg = await time(() => getPlanSummary(postgres.db, city, PLAN.code, BENCH_AS_OF));
    const pgFloor = await time(() => floorQuery(postgres, city));
    const lite = await time(() => getPlanSummary(pglite.db, city, PLAN.code, BENCH_AS_OF));
    const liteFloor = await time(() => floorQuery(pglite, city));
    if (round < WARMUP_ROUNDS) continue;
    runs.pg.push(pg);
    runs.pgFloor.push(pgFloor);
    runs.lite.push(lite);
    runs.liteFloor.push(liteFloor);
  }
  const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / (b[i] ?? NaN)));
  const all = { pg: [] as number[], lite: [] as number[] };
  for (let round = 0; round < 6; round++) {
    const pg = await time(async () => {
      for (const code of codes) await getPlanSummary(postgres.db, code, PLAN.code, BENCH_AS_OF);
    });
    const lite = await time(async () => {
      for (const code of codes) await getPlanSummary(pglite.db, code, PLAN.code, BENCH_AS_OF);
    });
    if (round === 0) continue; // warm-up
    all.pg.push(pg);
    all.lite.push(lite);
  }
  return {
    oneCity: {
      postgres: summarize(runs.pg),
      pglite: summarize(runs.lite),
      floorPostgres: summarize(runs.pgFloor),
      floorPglite: summarize(runs.liteFloor),
    },
    ratios: {
      summaryOverFloorPostgres: ratio(runs.pg, runs.pgFloor),
      summaryOverFloorPglite: ratio(runs.lite, runs.liteFloor),
      pgliteOverPostgres: ratio(runs.lite, runs.pg),
    },
    allCities: { postgres: summarize(all.pg), pglite: summarize(all.lite) },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * The floor: one hand-written SQL statement returning what the summary is made of — per
 * indicator its increments summed, latest total and latest date, per measure its reductions
 * summed, up to the as-of date, for this plan's measures only (the same scope the summary
 * reads) — with none of the progress rules applied.
 */
async function floorQuery(database: Database, city: string): Promise<unknown[]> {
  const { rows } = await sql`
    WITH m AS (
      SELECT id, sector_code FROM measures WHERE city_id = ${city} AND plan_code = ${PLAN.code}
    ), res AS (
      SELECT r.indicator_id,
             sum(r.value) FILTER (WHERE r.basis = 'increment') AS increments,
             (array_agg(r.value ORDER BY r.period_end DESC) FILTER (WHERE r.basis = 'total'))[1] AS latest_total,
             max(r.period_end) AS latest
      FROM results r
      JOIN indicators i ON i.city_id = r.city_id AND i.id = r.indicator_id
      JOIN m ON m.id = i.measure_id
      WHERE r.city_id = ${city} AND r.period_end <= ${BENCH_AS_OF}
      GROUP BY r.indicator_id
    ), red AS (
      SELECT d.measure_id, sum(d.value_t) AS t
      FROM reductions d
      JOIN m ON m.id = d.measure_id
      WHERE d.city_id = ${city} AND d.period_end <= ${BENCH_AS_OF}
      GROUP BY d.measure_id
    )
    SELECT m.sector_code, m.id AS measure_id, i.id AS indicator_id, i.target_kind, i.target_value,
           res.increments, res.latest_total, res.latest, red.t
    FROM m
    JOIN indicators i ON i.city_id = ${city} AND i.measure_id = m.id
    LEFT JOIN res ON res.indicator_id = i.id
    LEFT JOIN red ON red.measure_id = m.id
    ORDER BY m.sector_code, m.id, i.id`.execute(database.db);
  return rows;
}

interface StartReport {
  coldSeconds: number[];
  coldPeakRssMiB: number[];
  warmSeconds: number[];
  warmPeakRssMiB: number[];
}

/** `node bin/netzero.js demo` on an empty data dir (cold) and again on the same dir (warm). */
async function measureDemoStart(): Promise<StartReport> {
  const report: StartReport = {
    coldSeconds: [],
    coldPeakRssMiB: [],
    warmSeconds: [],
    warmPeakRssMiB: [],
  };
  for (let i = 0; i < 3; i++) {
    const dir = await mkdtemp(join(tmpdir(), 'netzero-demo-'));
    try {
      for (const phase of ['cold', 'warm'] as const) {
        const env: NodeJS.ProcessEnv = { ...process.env, NETZERO_DATA_DIR: join(dir, 'pglite') };
        delete env.DATABASE_URL;
        // GNU time: %e wall seconds, %M peak resident set in KiB, for the whole process.
        const { stderr } = await run(
          '/usr/bin/time',
          ['-f', 'BENCH %e %M', 'node', 'bin/netzero.js', 'demo', '--no-serve'],
          { env },
        );
        const match = /BENCH ([\d.]+) (\d+)/.exec(stderr);
        if (!match) throw new Error(`could not read /usr/bin/time output: ${stderr}`);
        report[`${phase}Seconds`].push(Number(match[1]));
        report[`${phase}PeakRssMiB`].push(Math.round(Number(match[2]) / 1024));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return report;
}

function printReport(
  report: Timings & {
    scale: Record<string, number>;
    importSeconds: { postgres: number; pglite: number };
    coldStart: StartReport;
  },
): void {
  const { oneCity, ratios, allCities, coldStart } = report;
  const ms = (t: Timing) => `${t.medianMs.toFixed(1)} (p95 ${t.p95Ms.toFixed(1)})`;
  const lines = [
    `| measurement | PostgreSQL ms | PGlite ms | PGlite ÷ PostgreSQL |`,
    `|---|---|---|---|`,
    `| one city's summary | ${ms(oneCity.postgres)} | ${ms(oneCity.pglite)} | ${ratios.pgliteOverPostgres.toFixed(2)} |`,
    `| raw SQL floor, one city | ${ms(oneCity.floorPostgres)} | ${ms(oneCity.floorPglite)} | |`,
    `| summary ÷ floor | ${ratios.summaryOverFloorPostgres.toFixed(2)} | ${ratios.summaryOverFloorPglite.toFixed(2)} | |`,
    `| all ${report.scale.cities} cities' summaries | ${ms(allCities.postgres)} | ${ms(allCities.pglite)} | ${(allCities.pglite.medianMs / allCities.postgres.medianMs).toFixed(2)} |`,
    `| import of all cities, s | ${report.importSeconds.postgres.toFixed(1)} | ${report.importSeconds.pglite.toFixed(1)} | |`,
  ];
  console.log(`\n${lines.join('\n')}\n`);
  console.log(
    `Demo start (node bin/netzero.js demo, PGlite): cold ${coldStart.coldSeconds.join(' / ')} s, peak RSS ${coldStart.coldPeakRssMiB.join(' / ')} MiB; warm ${coldStart.warmSeconds.join(' / ')} s, peak RSS ${coldStart.warmPeakRssMiB.join(' / ')} MiB`,
  );
  const goals: [string, boolean][] = [
    [
      `one city's summary ≤ 50 ms on PostgreSQL (${oneCity.postgres.medianMs.toFixed(1)})`,
      oneCity.postgres.medianMs <= 50,
    ],
    [
      `within 3× of the raw-SQL floor on PostgreSQL (${ratios.summaryOverFloorPostgres.toFixed(2)}×)`,
      ratios.summaryOverFloorPostgres <= 3,
    ],
    [
      `PGlite within 3× of PostgreSQL (${ratios.pgliteOverPostgres.toFixed(2)}×)`,
      ratios.pgliteOverPostgres <= 3,
    ],
  ];
  for (const [goal, met] of goals) console.log(`${met ? 'MET   ' : 'MISSED'}  ${goal}`);
}

await main();
