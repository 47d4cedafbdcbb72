/**
 * Old tree against new tree, in one run: `BENCH_DATABASE_URL=… node --import tsx
 * bench/ab-trees.ts <old checkout>` (the old checkout with its own node_modules and, for the CLI
 * rounds, its own `npm run build`). Answers "is the new code slower?" without trusting runs taken
 * hours apart on this shared machine: each measurement alternates old and new round by round
 * (ABBA order), and the result is the median of the round-by-round ratios new ÷ old.
 *
 * Both trees load their own modules (their own Kysely, PGlite, Hono) into this process, each
 * with its own PostgreSQL database and PGlite directory, migrated and seeded by its own code.
 * Measured: the plan summary for Kaohsiung and for one synthetic city, the summary endpoint
 * through the whole app in process (`app.request`, no sockets), and the built CLI writing the
 * results report in four formats. Results: BENCHMARKS.md, "Old tree against new".
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Database } from '../src/db/connect.js';
import { databaseUrl, dropDatabase, runAdmin } from '../src/db/test-support/postgres-admin.js';

const SUMMARY = '/api/v1/cities/kaohsiung/plans/phase2/summary?asOf=2023-09-30';
const WARMUP = 5;
const ROUNDS = Number(process.env.AB_ROUNDS ?? '60');
const CLI_ROUNDS = Number(process.env.AB_CLI_ROUNDS ?? '4');

type PlanInputs = Awaited<
  ReturnType<typeof import('../src/db/plans/load-plan-inputs.js').loadPlanInputs>
>;
type App = { request(path: string): Response | Promise<Response> };
type Summary = (database: Database, city: string, plan: string, asOf: string) => Promise<unknown>;

/** One checkout's modules and databases. */
interface Tree {
  name: 'old' | 'new';
  root: string;
  summary: Summary;
  /** The summary's two halves: its queries, and the computation over what they read. */
  inputs: (database: Database, city: string, plan: string, asOf: string) => Promise<PlanInputs>;
  build: (inputs: PlanInputs, asOf: string) => unknown;
  engines: { postgres: Database; pglite: Database };
  apps: { postgres: App; pglite: App };
  synthetic: { city: string; plan: string; asOf: string };
  cleanup(): Promise<void>;
}

/**
 * A module of a checkout, typed as this tree's own: the old tree's functions have the same
 * signatures (a difference would fail the run, not pass it silently).
 */
function moduleOf<T>(root: string, path: string): Promise<T> {
  return import(pathToFileURL(join(root, path)).href) as Promise<T>;
}

async function load(name: Tree['name'], root: string, adminUrl: string): Promise<Tree> {
  const [connect, migrate, seed, city, validate, plan, app, synth] = await Promise.all([
    moduleOf<typeof import('../src/db/connect.js')>(root, 'src/db/connect.ts'),
    moduleOf<typeof import('../src/db/migrate.js')>(root, 'src/db/migrate.ts'),
    moduleOf<typeof import('../src/db/city/seed-dataset.js')>(root, 'src/db/city/seed-dataset.ts'),
    moduleOf<typeof import('../src/db/city/import-city.js')>(root, 'src/db/city/import-city.ts'),
    moduleOf<typeof import('../src/contracts/validate-city-document.js')>(
      root,
      'src/contracts/validate-city-document.ts',
    ),
    moduleOf<typeof import('../src/db/plans/plan-summary.js')>(
      root,
      'src/db/plans/plan-summary.ts',
    ),
    moduleOf<typeof import('../src/server/app.js')>(root, 'src/server/app.ts'),
    moduleOf<typeof import('./synthetic-city.js')>(root, 'bench/synthetic-city.ts'),
  ]);
  const [inputs, build] = await Promise.all([
    moduleOf<typeof import('../src/db/plans/load-plan-inputs.js')>(
      root,
      'src/db/plans/load-plan-inputs.ts',
    ),
    moduleOf<typeof import('../src/core/plan-summary/build-plan-summary.js')>(
      root,
      'src/core/plan-summary/build-plan-summary.ts',
    ),
  ]);
  const pgName = `netzero_ab_${name}_${process.pid}`;
  await runAdmin(adminUrl, [`CREATE DATABASE ${pgName}`]);
  const dir = await mkdtemp(join(tmpdir(), `netzero-ab-${name}-`));
  const postgres = await connect.openDatabase({ databaseUrl: databaseUrl(adminUrl, pgName) });
  const pglite = await connect.openDatabase({ dataDir: join(dir, 'pglite') });
  const synthetic = validate.validateCityDocument(synth.syntheticCity(0));
  for (const database of [postgres, pglite]) {
    await migrate.migrateToLatest(database.db);
    await seed.seedDataset(database.db, 'kaohsiung');
    await city.importCity(database.db, synthetic);
  }
  const appOn = (database: Database) =>
    app.createApp({ db: database.db, engine: database.engine, log: () => undefined });
  return {
    name,
    root,
    summary: (database, c, p, asOf) => plan.getPlanSummary(database.db, c, p, asOf),
    inputs: (database, c, p, asOf) => inputs.loadPlanInputs(database.db, c, p, asOf),
    build: (loaded, asOf) => build.buildPlanSummary(loaded.plan, loaded.measures, asOf),
    engines: { postgres, pglite },
    apps: { postgres: appOn(postgres), pglite: appOn(pglite) },
    synthetic: { city: synthetic.city.code, plan: synth.PLAN.code, asOf: synth.BENCH_AS_OF },
    async cleanup() {
      await postgres.close();
      await pglite.close();
      await runAdmin(adminUrl, [dropDatabase(pgName)]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

interface Comparison {
  what: string;
  oldMs: number;
  newMs: number;
  /** Median of the round-by-round ratios new ÷ old. */
  ratio: number;
  rounds: number;
}

/** Old and new alternate, ABBA: neither side always runs first, on a warmer cache. */
async function compare(
  what: string,
  rounds: number,
  warmup: number,
  run: (tree: 'old' | 'new') => Promise<number>,
): Promise<Comparison> {
  const olds: number[] = [];
  const news: number[] = [];
  for (let round = 0; round < warmup + rounds; round++) {
    const order: ('old' | 'new')[] = round % 2 === 0 ? ['old', 'new'] : ['new', 'old'];
    const times: Record<string, number> = {};
    for (const tree of order) times[tree] = await run(tree);
    if (round < warmup) continue;
    olds.push(times.old ?? NaN);
    news.push(times.new ?? NaN);
  }
  return {
    what,
    oldMs: median(olds),
    newMs: median(news),
    ratio: median(news.map((n, i) => n / (olds[i] ?? NaN))),
    rounds,
  };
}

/** The built CLI writing the results report in four formats from a fresh seeded data dir. */
function cliReport(root: string, dataDir: string, out: string): number {
  const env = { ...process.env, NETZERO_DATA_DIR: dataDir };
  const args = [join(root, 'bin/netzero.js'), 'report', 'results', '--city', 'kaohsiung'];
  args.push('--plan', 'phase2', '--as-of', '2023-09-30', '--format', 'docx,odt,pdf,xlsx');
  const started = performance.now();
  const result = spawnSync('node', [...args, '--out', out], { env, cwd: root, stdio: 'pipe' });
  if (result.status !== 0) throw new Error(`${root}: report failed\n${result.stderr.toString()}`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  const oldRoot = process.argv[2];
  if (!adminUrl || !oldRoot) {
    throw new Error(
      'usage: BENCH_DATABASE_URL=… node --import tsx bench/ab-trees.ts <old checkout>',
    );
  }
  const trees = {
    old: await load('old', resolve(oldRoot), adminUrl),
    new: await load('new', resolve('.'), adminUrl),
  };
  const results: Comparison[] = [];
  // The computation alone, on inputs each tree loaded once: no database in the timing.
  const loaded = {
    old: await trees.old.inputs(trees.old.engines.postgres, 'kaohsiung', 'phase2', '2023-09-30'),
    new: await trees.new.inputs(trees.new.engines.postgres, 'kaohsiung', 'phase2', '2023-09-30'),
  };
  results.push(
    await compare('summary computed from loaded inputs, Kaohsiung', ROUNDS * 5, WARMUP, (t) =>
      timed(() => Promise.resolve(trees[t].build(loaded[t], '2023-09-30'))),
    ),
  );
  try {
    for (const engine of ['postgres', 'pglite'] as const) {
      results.push(
        await compare(`summary, Kaohsiung, ${engine}`, ROUNDS, WARMUP, (t) =>
          timed(() =>
            trees[t].summary(trees[t].engines[engine], 'kaohsiung', 'phase2', '2023-09-30'),
          ),
        ),
        await compare(`summary, synthetic city, ${engine}`, ROUNDS, WARMUP, (t) => {
          const { city, plan, asOf } = trees[t].synthetic;
          return timed(() => trees[t].summary(trees[t].engines[engine], city, plan, asOf));
        }),
        await compare(`summary's queries, synthetic city, ${engine}`, ROUNDS, WARMUP, (t) => {
          const { city, plan, asOf } = trees[t].synthetic;
          return timed(() => trees[t].inputs(trees[t].engines[engine], city, plan, asOf));
        }),
        await compare(`summary endpoint in process, ${engine}`, ROUNDS * 5, WARMUP, (t) =>
          timed(async () => {
            const response = await trees[t].apps[engine].request(SUMMARY);
            if (response.status !== 200) throw new Error(`${t}: ${response.status}`);
            await response.arrayBuffer();
          }),
        ),
      );
    }
    if (CLI_ROUNDS > 0) {
      const dirs = await mkdtemp(join(tmpdir(), 'netzero-ab-cli-'));
      try {
        for (const t of ['old', 'new'] as const) {
          const env = { ...process.env, NETZERO_DATA_DIR: join(dirs, t) };
          const seeded = spawnSync(
            'node',
            [join(trees[t].root, 'bin/netzero.js'), 'seed', 'kaohsiung'],
            {
              env,
              cwd: trees[t].root,
              stdio: 'pipe',
            },
          );
          if (seeded.status !== 0)
            throw new Error(`${t}: seed failed\n${seeded.stderr.toString()}`);
        }
        results.push(
          await compare('CLI results report, four formats (wall)', CLI_ROUNDS, 1, (t) =>
            Promise.resolve(cliReport(trees[t].root, join(dirs, t), join(dirs, `${t}-out`))),
          ),
        );
      } finally {
        await rm(dirs, { recursive: true, force: true });
      }
    }
  } finally {
    for (const tree of Object.values(trees)) await tree.cleanup();
  }
  console.log(
    `| measurement | old, median ms | new, median ms | new ÷ old (median of rounds) | rounds |`,
  );
  console.log(`| --- | --- | --- | --- | --- |`);
  for (const r of results) {
    console.log(
      `| ${r.what} | ${r.oldMs.toFixed(2)} | ${r.newMs.toFixed(2)} | ${r.ratio.toFixed(3)} | ${r.rounds} |`,
    );
  }
}

await main();
