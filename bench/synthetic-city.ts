import type { CityDocumentInput } from '../src/contracts/city-document.js';
import { sectorCodes } from '../src/core/vocabulary/lists.js';

/** The benchmark's national-scale shape (issue #2): 22 cities × 60 measures × 2 indicators × 10 years monthly. */
export const SCALE = { cities: 22, measures: 60, indicatorsPerMeasure: 2, years: 10 } as const;
export const PLAN = {
  code: 'plan',
  start: '2016-01-01',
  end: '2025-12-31',
  firstYear: 2016,
} as const;
export const BENCH_AS_OF = '2025-06-30';

const sectorNames = ['能源', '製造', '住商', '運輸', '農業', '環境'];

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * One synthetic city: every measure has two indicators with monthly figures for ten years and
 * a yearly reported reduction; the target kinds rotate through the five quantified kinds so the
 * progress engine does all of its work.
 */
export function syntheticCity(index: number): CityDocumentInput {
  const next = random(index + 1);
  const code = `city${String(index + 1).padStart(2, '0')}`;
  const measures = [];
  for (let m = 0; m < SCALE.measures; m++) {
    const sector = sectorCodes[m % sectorCodes.length] ?? 'energy';
    const indicators = [];
    for (let i = 0; i < SCALE.indicatorsPerMeasure; i++) {
      const kind = (m * SCALE.indicatorsPerMeasure + i) % 5;
      const monthly = 10 + Math.floor(next() * 90);
      const results = [];
      let level = 1000;
      for (let y = 0; y < SCALE.years; y++) {
        for (let month = 1; month <= 12; month++) {
          const year = PLAN.firstYear + y;
          const period = `${year}-${String(month).padStart(2, '0')}-01/${monthEnd(year, month)}`;
          const amount = Math.floor(monthly * (0.5 + next()));
          level += amount;
          const byLevel = kind === 2 || kind === 3 || kind === 4;
          results.push({
            period,
            value: String(byLevel ? level : amount),
            basis: byLevel ? ('total' as const) : ('increment' as const),
          });
        }
      }
      const yearly = monthly * 12;
      const target =
        kind === 0
          ? { kind: 'cumulative' as const, value: String(yearly * SCALE.years) }
          : kind === 1
            ? { kind: 'annual_rate' as const, value: String(yearly) }
            : kind === 2
              ? {
                  kind: 'level' as const,
                  value: String(1000 + yearly * SCALE.years),
                  baseline: { value: '1000', date: '2015-12-31' },
                }
              : kind === 3
                ? {
                    kind: 'schedule' as const,
                    points: Array.from({ length: SCALE.years }, (_, y) => ({
                      year: PLAN.firstYear + y,
                      value: String(1000 + yearly * (y + 1)),
                    })),
                    baseline: { value: '1000', date: '2015-12-31' },
                  }
                : {
                    kind: 'annual_change' as const,
                    baseline: { value: '1000', date: '2015-12-31' },
                    step: String(yearly),
                  };
      indicators.push({ key: `i${i + 1}`, label: `指標 ${i + 1}`, unit: '件', target, results });
    }
    const reductions = Array.from({ length: SCALE.years }, (_, y) => ({
      method: 'reported' as const,
      indicator: 'i1',
      period: `${PLAN.firstYear + y}-01-01/${PLAN.firstYear + y}-12-31`,
      valueT: (next() * 5000).toFixed(2),
    }));
    measures.push({
      sector,
      no: Math.floor(m / sectorCodes.length) + 1,
      agency: 'epb',
      name: `措施 ${m + 1}`,
      indicators,
      reductions,
    });
  }
  return {
    format: 'netzero-city/1',
    city: { code, name: `城市 ${index + 1}` },
    agencies: [{ code: 'epb', name: '環保局' }],
    plans: [
      {
        code: PLAN.code,
        name: '減量執行方案',
        start: PLAN.start,
        end: PLAN.end,
        sectors: sectorCodes.map((c, k) => ({ code: c, name: sectorNames[k] ?? c })),
        measures,
      },
    ],
  };
}
