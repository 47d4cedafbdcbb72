import { expect, it } from 'vitest';
import type { CityDocumentInput } from '../../contracts/city-document.js';
import { presentPlanSummary } from '../../contracts/plan-summary.js';
import { importCity } from '../city/import-city.js';
import { seedDataset } from '../city/seed-dataset.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { loadAllResults, loadCondensedResults } from './load-results.js';
import { getPlanSummary } from './plan-summary.js';
import { type ResultBasis } from '../../core/targets.js';

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const monthEnd = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Figures that probe every bucket edge: months, quarters and whole years; increments (never
 * overlapping) and totals mixed; periods before the plan, straddling its start and end, and (for some
 * indicators) crossing a year end.
 */
function randomFigures(next: () => number, crossing: boolean) {
  const figures = new Map<string, { period: string; value: string; basis: ResultBasis }>();
  for (let k = 0; k < 40; k++) {
    const year = 2019 + Math.floor(next() * 9); // 2019…2027 around a 2021-04-01…2025-09-30 plan
    const month = 1 + Math.floor(next() * 12);
    const span = next() < 0.7 ? 1 : next() < 0.5 ? 3 : 12;
    const endMonth = Math.min(12, month + span - 1);
    let period = `${iso(year, month, 1)}/${iso(year, endMonth, monthEnd(year, endMonth))}`;
    if (crossing && next() < 0.15) period = `${iso(year, month, 1)}/${iso(year + 1, 2, 28)}`;
    if (next() < 0.1) period = `${iso(year, 3, 15)}/${iso(year, 4, 10)}`; // over the plan start in 2021
    const [start = '', end = ''] = period.split('/');
    // Increments may not share days (they would count twice, and import refuses them): an
    // increment that would overlap one already drawn becomes a running total instead.
    const overlaps = [...figures.values()].some((f) => {
      const [s, e = ''] = f.period.split('/');
      return f.basis === 'increment' && (s ?? '') <= end && start <= e;
    });
    figures.set(period, {
      period,
      value: String(Math.floor(next() * 500)),
      basis: overlaps || next() < 0.3 ? 'total' : 'increment',
    });
  }
  return [...figures.values()];
}

function randomCity(seed: number): CityDocumentInput {
  const next = random(seed);
  const baseline = { value: '100', date: '2021-03-31' };
  const targets = [
    { kind: 'cumulative' as const, value: '5000' },
    { kind: 'annual_rate' as const, value: '900' },
    { kind: 'level' as const, value: '6000', baseline },
    {
      kind: 'schedule' as const,
      points: [2021, 2022, 2023, 2024, 2025].map((year, k) => ({
        year,
        value: String(1000 * (k + 1)),
      })),
      baseline, // increments need a level to start from
    },
    { kind: 'annual_change' as const, baseline, step: '800' },
  ];
  const measures = targets.flatMap((target, t) =>
    [false, true].map((crossing, c) => ({
      sector: 'energy' as const,
      no: t * 2 + c + 1,
      agency: null,
      name: `措施 ${t}-${c}`,
      indicators: [
        { key: 'x', label: '指標', unit: '件', target, results: randomFigures(next, crossing) },
      ],
    })),
  );
  return {
    format: 'netzero-city/1',
    city: { code: `random${seed}`, name: '隨機市' },
    plans: [
      {
        code: 'p',
        name: '方案',
        start: '2021-04-01',
        end: '2025-09-30',
        sectors: [{ code: 'energy', name: '能源' }],
        measures,
      },
    ],
  };
}

const asOfDates = ['2021-03-31', '2021-12-31', '2023-06-30', '2025-09-30', '2027-12-31'];

describeEachDatabase('condensed results give the same summaries as every figure', (getDb) => {
  it.each([1, 2, 3, 4, 5, 6])('random city %i, at several as-of dates', async (seed) => {
    const { db } = getDb();
    await importCity(db, randomCity(seed));
    for (const asOf of asOfDates) {
      const condensed = await getPlanSummary(db, `random${seed}`, 'p', asOf);
      const all = await getPlanSummary(db, `random${seed}`, 'p', asOf, { condenseResults: false });
      expect(presentPlanSummary(condensed), asOf).toEqual(presentPlanSummary(all));
    }
  });

  it('condenses each kind of bucket, old dates included, and still agrees', async () => {
    const { db } = getDb();
    const months = (year: number, basis: ResultBasis, from = 1) =>
      Array.from({ length: 12 - from + 1 }, (_, k) => {
        const m = from + k;
        return {
          period: `${iso(year, m, 1)}/${iso(year, m, monthEnd(year, m))}`,
          value: String(m),
          basis,
        };
      });
    const doc = randomCity(8);
    const measures = doc.plans?.[0]?.measures ?? [];
    const [onlyIncrements, onlyTotals, totalThenIncrements, incrementsThenTotal] = measures.map(
      (m) => m.indicators?.[0],
    );
    if (!onlyIncrements || !onlyTotals || !totalThenIncrements || !incrementsThenTotal)
      throw new Error('randomCity has fewer measures than this test needs');
    onlyIncrements.results = months(2022, 'increment');
    onlyTotals.results = [
      { period: '1799-01-01/1799-12-31', value: '7', basis: 'total' }, // long before any epoch
      ...months(2022, 'total'),
    ];
    totalThenIncrements.results = [
      { period: '2022-01-01/2022-01-31', value: '50', basis: 'total' },
      ...months(2022, 'increment', 2),
    ];
    incrementsThenTotal.results = [
      ...months(2022, 'increment').slice(0, 11),
      { period: '2022-12-01/2022-12-31', value: '500', basis: 'total' },
    ];
    await importCity(db, doc);
    const scope = {
      city: 'random8',
      plan: 'p',
      asOf: '2027-12-31',
      planPeriod: { start: '2021-04-01', end: '2025-09-30' },
    };
    const all = await loadAllResults(db, scope);
    const ids = [...new Set(all.map((r) => r.indicator_id))];
    const condensed = await loadCondensedResults(db, scope, ids);
    const count = (rows: readonly { indicator_id: number }[], id: number) =>
      rows.filter((r) => r.indicator_id === id).length;
    const [first, second, third, fourth] = ids.sort((a, b) => a - b);
    // 12 increments → 1; 1 old + 12 totals → 2 (one per year); total + 11 → 2; 11 + total → 1.
    expect([first, second, third, fourth].map((id) => count(condensed, id ?? -1))).toEqual([
      1, 2, 2, 1,
    ]);
    for (const asOf of asOfDates) {
      const fast = await getPlanSummary(db, 'random8', 'p', asOf);
      const slow = await getPlanSummary(db, 'random8', 'p', asOf, { condenseResults: false });
      expect(presentPlanSummary(fast), asOf).toEqual(presentPlanSummary(slow));
    }
  });

  it('keeps each total as the very figure it was, period and all', async () => {
    const { db } = getDb();
    await importCity(db, randomCity(7));
    const scope = {
      city: 'random7',
      plan: 'p',
      asOf: '2027-12-31',
      planPeriod: { start: '2021-04-01', end: '2025-09-30' },
    };
    const all = await loadAllResults(db, scope);
    const ids = [...new Set(all.map((r) => r.indicator_id))];
    const totals = (await loadCondensedResults(db, scope, ids)).filter((r) => r.basis === 'total');
    expect(totals.length).toBeGreaterThan(10);
    for (const total of totals) expect(all).toContainEqual(total);
  });

  it('for Kaohsiung', async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    for (const asOf of ['2021-12-31', '2022-12-31', '2023-09-30']) {
      const condensed = await getPlanSummary(db, 'kaohsiung', 'phase2', asOf);
      const all = await getPlanSummary(db, 'kaohsiung', 'phase2', asOf, { condenseResults: false });
      expect(presentPlanSummary(condensed), asOf).toEqual(presentPlanSummary(all));
    }
  });
});
