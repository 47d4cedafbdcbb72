/**
 * The emissions benchmark (BENCHMARKS.md, "Emissions"): 22 cities × 20 inventory years × 100
 * entries each, imported into PostgreSQL and PGlite; then timed, on each engine: recompute
 * every inventory of every city from its stored entries (getInventorySummaries: entries summed in
 * SQL, then weighed in core), the same entry by entry (getInventoryTotals, for comparison), and
 * the pathway gap analysis for every city (which recomputes the inventories itself).
 * Goal: recompute and gap analysis each ≤ 1 s on PostgreSQL.
 *
 * `npm run bench` runs it after the plan benchmark; alone:
 *   source scripts/pg-cluster.sh && pg_cluster_start && BENCH_DATABASE_URL=$PG_CLUSTER_URL \
 *   node --import tsx bench/emissions.ts
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import type { CityDocumentInput } from '../src/contracts/city-document.js';
import { importCity } from '../src/db/city/import-city.js';
import { openDatabase, type Database } from '../src/db/connect.js';
import { getEmissionsPathway } from '../src/db/emissions/emissions-status.js';
import { getInventoryTotals } from '../src/db/emissions/inventory-store.js';
import { getInventorySummaries } from '../src/db/emissions/inventory-summaries.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { databaseUrl, dropDatabase, runAdmin } from '../src/db/test-support/postgres-admin.js';
import { summarize, type Timing } from './timing.js';

export const EMISSIONS_SCALE = { cities: 22, years: 20, entriesPerYear: 100 };
const SUBSECTORS = [
  'industry_manufacturing',
  'residential',
  'commercial',
  'transport_road',
  'waste_wastewater',
];
const ROUNDS = 5;

/** A synthetic city: deterministic, every entry method, factors for two gases and CO₂e. */
export function emissionsCity(index: number): CityDocumentInput {
  const code = `ecity${String(index + 1).padStart(2, '0')}`;
  const firstYear = 2005;
  const inventories = Array.from({ length: EMISSIONS_SCALE.years }, (_, y) => ({
    year: firstYear + y,
    gwpSet: (['AR4', 'AR5', 'AR6'] as const)[y % 3] ?? 'AR5',
    status: 'published' as const,
    entries: Array.from({ length: EMISSIONS_SCALE.entriesPerYear }, (_, e) => {
      const subsector = SUBSECTORS[e % SUBSECTORS.length] ?? 'residential';
      const amount = String(1000 + ((index * 7919 + y * 104729 + e * 1299709) % 100000));
      switch (e % 4) {
        case 0:
          return {
            subsector,
            scope: 1 as const,
            method: 'reported' as const,
            valueT: `${amount}.25`,
          };
        case 1:
          return {
            subsector,
            scope: 1 as const,
            method: 'gas_mass' as const,
            gas: 'CH4' as const,
            mass: amount,
            massUnit: 'kg',
          };
        case 2:
          return {
            subsector,
            scope: 2 as const,
            method: 'computed' as const,
            activity: amount,
            activityUnit: '萬度',
            factor: { code: 'tw-electricity', version: String(2005 + y) },
          };
        default:
          return {
            subsector,
            scope: 1 as const,
            method: 'computed' as const,
            activity: amount,
            activityUnit: 't',
            factor: { code: 'n2o', version: '1' },
          };
      }
    }),
  }));
  return {
    format: 'netzero-city/1',
    city: { code, name: `排放城市${index + 1}` },
    emissionFigures: [{ year: 2005, basis: 'net', valueT: '50000000' }],
    emissionFactors: [
      ...Array.from({ length: EMISSIONS_SCALE.years }, (_, y) => ({
        code: 'tw-electricity',
        version: String(2005 + y),
        name: '電力排碳係數',
        value: `0.${500 - y}`,
        unit: 'kgCO2e/kWh',
        year: 2005 + y,
      })),
      {
        code: 'n2o',
        version: '1',
        name: 'N2O',
        value: '0.01',
        unit: 'kg/t',
        gas: 'N2O',
        year: 2005,
      },
    ],
    inventories,
    emissionTargets: [
      { year: 2030, kind: 'reduction', baseYear: 2005, reductionPercent: '30' },
      { year: 2050, kind: 'net_zero' },
    ],
    carbonBudgets: [{ code: 'b1', startYear: 2025, endYear: 2026, capT: '80000000' }],
  };
}

export interface EmissionsBenchReport {
  scale: typeof EMISSIONS_SCALE;
  importSeconds: Record<Database['engine'], number>;
  recomputeAll: Record<Database['engine'], Timing>;
  recomputeEntryByEntry: Record<Database['engine'], Timing>;
  gapAll: Record<Database['engine'], Timing>;
}

/** Creates its own database on the cluster at `adminUrl` and a PGlite beside it; drops both. */
export async function runEmissionsBench(adminUrl: string): Promise<EmissionsBenchReport> {
  const cities = Array.from({ length: EMISSIONS_SCALE.cities }, (_, i) => emissionsCity(i));
  const pgName = `netzero_bench_emissions_${process.pid}`;
  await runAdmin(adminUrl, [`CREATE DATABASE ${pgName}`]);
  const dir = await mkdtemp(join(tmpdir(), 'netzero-bench-emissions-'));
  const engines = [
    await openDatabase({ databaseUrl: databaseUrl(adminUrl, pgName) }),
    await openDatabase({ dataDir: join(dir, 'pglite') }),
  ];
  try {
    const report: EmissionsBenchReport = {
      scale: EMISSIONS_SCALE,
      importSeconds: { postgres: 0, pglite: 0 },
      recomputeAll: {} as EmissionsBenchReport['recomputeAll'],
      recomputeEntryByEntry: {} as EmissionsBenchReport['recomputeEntryByEntry'],
      gapAll: {} as EmissionsBenchReport['gapAll'],
    };
    for (const database of engines) {
      await migrateToLatest(database.db);
      const started = performance.now();
      for (const city of cities) await importCity(database.db, city);
      await sql`ANALYZE`.execute(database.db);
      report.importSeconds[database.engine] = (performance.now() - started) / 1000;
      const codes = cities.map((c) => c.city.code);
      const recompute: number[] = [];
      const gap: number[] = [];
      const detail: number[] = [];
      for (let round = 0; round <= ROUNDS; round++) {
        let t = performance.now();
        for (const code of codes) await getInventorySummaries(database.db, code);
        const r = performance.now() - t;
        t = performance.now();
        for (const code of codes) await getEmissionsPathway(database.db, code);
        const g = performance.now() - t;
        t = performance.now();
        for (const code of codes) await getInventoryTotals(database.db, code);
        const d = performance.now() - t;
        if (round === 0) continue; // warm-up
        detail.push(d);
        recompute.push(r);
        gap.push(g);
      }
      report.recomputeAll[database.engine] = summarize(recompute);
      report.gapAll[database.engine] = summarize(gap);
      report.recomputeEntryByEntry[database.engine] = summarize(detail);
      console.log(
        `[${database.engine}] emissions: recompute ${cities.length * EMISSIONS_SCALE.years} inventories median ${report.recomputeAll[database.engine].medianMs.toFixed(0)} ms; gap analysis for all median ${report.gapAll[database.engine].medianMs.toFixed(0)} ms; entry by entry median ${report.recomputeEntryByEntry[database.engine].medianMs.toFixed(0)} ms`,
      );
    }
    await mkdir('bench/results', { recursive: true });
    await writeFile('bench/results/emissions.json', `${JSON.stringify(report, null, 2)}\n`);
    const pg = report.recomputeAll.postgres.medianMs;
    const pgGap = report.gapAll.postgres.medianMs;
    console.log(
      `${pg <= 1000 ? 'MET   ' : 'MISSED'}  recompute all inventories ≤ 1 s on PostgreSQL (${pg.toFixed(0)} ms)`,
    );
    console.log(
      `${pgGap <= 1000 ? 'MET   ' : 'MISSED'}  gap analysis for all cities ≤ 1 s on PostgreSQL (${pgGap.toFixed(0)} ms)`,
    );
    return report;
  } finally {
    for (const database of engines) await database.close();
    await runAdmin(adminUrl, [dropDatabase(pgName)]);
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('BENCH_DATABASE_URL is not set');
  await runEmissionsBench(adminUrl);
}
