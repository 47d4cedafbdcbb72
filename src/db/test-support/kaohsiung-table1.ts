import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

/**
 * The figures the plan summary must reproduce, transcribed a second time straight from the
 * results report (the 112年度 成果報告, source report-112) and not from data/kaohsiung.yaml, so a
 * slip in either shows up as a failing test.
 *
 * Table 1's last column (總減碳量, 萬噸 CO₂e), per measure in sector order, null where it
 * prints '-'. 住商1 prints one figure per indicator row (0.05, 0.20, 40.38); 環境5 prints
 * '- 0.01' (nothing for the manure treated, 0.01 for the electricity generated).
 */
export const table1ReductionsWan: Record<string, readonly (string | null)[]> = {
  energy: ['53.52', null, null, null],
  manufacturing: [null, null, '1.95', '4.48', '79.92', '0.01', '153.29', null],
  residential_commercial: [
    '40.63', // 0.05 + 0.20 + 40.38
    '0.33',
    '0.03',
    '0.03',
    '0.00',
    '0.00',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  transport: [
    '42.16',
    '2.28',
    '0.04',
    '0.14',
    '10.10',
    '0.89',
    '11.46',
    null,
    '0.25',
    null,
    null,
    null,
  ],
  agriculture: ['4.17', null, '4.39', '0.21', '1.03', '0.03', '0.00', '0.01', '0.01'],
  environment: ['5.21', '2.84', '17.02', '0.00', '0.01', '0.26', null, null, null, '28.03'],
};

/** Chapter 1's sector subtotals (「累積減碳量達 … 萬噸」) and the plan total (464.74 萬公噸). */
export const chapter1SubtotalsWan = {
  energy: '53.52',
  manufacturing: '239.65',
  residential_commercial: '41.02',
  transport: '67.32',
  agriculture: '9.85',
  environment: '53.38',
} as const;
export const printedPlanTotalWan = '464.74';

/**
 * An agency corrects a figure after a report was made: 能源1's 110 execution, 295 → 300 MWp.
 * Returns how many rows changed (one).
 */
export async function correctSolar110(db: Kysely<Tables>): Promise<bigint> {
  const corrected = await db
    .updateTable('results')
    .set({ value: '300' })
    .where('city_id', '=', 'kaohsiung')
    .where('value', '=', '295')
    .executeTakeFirst();
  return corrected.numUpdatedRows;
}
