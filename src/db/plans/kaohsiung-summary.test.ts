import { beforeAll, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import {
  planSummarySchema,
  presentPlanSummary,
  type PlanSummaryJson,
} from '../../contracts/plan-summary.js';
import { seedDataset } from '../city/seed-dataset.js';
import { describeEachDatabase } from '../test-support/databases.js';
import {
  chapter1SubtotalsWan,
  printedPlanTotalWan,
  table1ReductionsWan,
} from '../test-support/kaohsiung-table1.js';
import { getPlanSummary } from './plan-summary.js';

const wan = (tonnes: string) => new Decimal(tonnes).dividedBy(10000).toFixed(2);

describeEachDatabase('Kaohsiung plan summary as of 2023-09-30', (getDb) => {
  let summary: PlanSummaryJson;
  beforeAll(async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    summary = presentPlanSummary(await getPlanSummary(db, 'kaohsiung', 'phase2', '2023-09-30'));
  });

  it('follows the JSON contract', () => {
    expect(planSummarySchema.safeParse(summary).success).toBe(true);
    expect(summary.sectors.map((s) => s.code)).toEqual(Object.keys(table1ReductionsWan));
  });

  it('reproduces every per-measure reduction of Table 1', () => {
    const got = Object.fromEntries(
      Object.keys(table1ReductionsWan).map((sector) => [
        sector,
        summary.measures
          .filter((m) => m.sector === sector)
          .map((m) => (m.reductionT === null ? null : wan(m.reductionT))),
      ]),
    );
    expect(got).toEqual(table1ReductionsWan);
    expect(summary.measures).toHaveLength(58);
  });

  it("reproduces Chapter 1's sector subtotals, explaining the one that differs by rounding", () => {
    for (const sector of summary.sectors) {
      const printed = chapter1SubtotalsWan[sector.code];
      expect(sector.published?.publishedT, sector.code).toBe(
        new Decimal(printed).times(10000).toFixed(2),
      );
      expect(sector.published?.withinRounding, sector.code).toBe(true);
    }
    const computed = Object.fromEntries(summary.sectors.map((s) => [s.code, wan(s.reductionT)]));
    // Environment's rows add up to 53.37; Chapter 1 prints 53.38.
    expect(computed).toEqual({ ...chapter1SubtotalsWan, environment: '53.37' });
    const environment = summary.sectors.find((s) => s.code === 'environment');
    expect(environment?.published?.differenceT).toBe('100.00');
    expect(environment?.published?.explanation.en).toMatch(/rounding/);
    const energy = summary.sectors.find((s) => s.code === 'energy');
    expect(energy?.published?.explanation.en).toBe(
      'The published 53.52 (10⁴ t) equals the sum of the rows.',
    );
  });

  it('explains how the printed plan total 464.74 relates to the rows', () => {
    expect(wan(summary.totalReductionT)).toBe('464.73');
    expect(summary.published).toMatchObject({
      publishedT: new Decimal(printedPlanTotalWan).times(10000).toFixed(2),
      computedT: summary.totalReductionT,
      differenceT: '100.00',
      withinRounding: true,
    });
    expect(summary.published?.explanation.zh).toContain('464.74');
    expect(summary.published?.explanation.zh).toContain('464.73');
  });

  it('computes statuses from the figures, and a measure takes its worst indicator', () => {
    const measure = (sector: string, no: number) =>
      summary.measures.find((m) => m.sector === sector && m.no === no);
    // 住商1: rainwater on track, lighting 1,531,153 of 4,500,000 W lagging, renewables achieved.
    const building = measure('residential_commercial', 1);
    expect(building?.indicators.map((i) => i.status)).toEqual(['on_track', 'lagging', 'achieved']);
    expect(building?.status).toBe('lagging');
    // 能源1: 836 MWp against 750 MWp for the whole plan.
    expect(measure('energy', 1)).toMatchObject({ status: 'achieved' });
    // 農業2: no boats bought back (0 of 5).
    expect(measure('agriculture', 2)).toMatchObject({ status: 'lagging' });
    // 製造1 has no quantified target.
    expect(measure('manufacturing', 1)).toMatchObject({ status: 'observation', indicators: [] });
    const counted = summary.measures.reduce<Record<string, number>>((counts, m) => {
      counts[m.status] = (counts[m.status] ?? 0) + 1;
      return counts;
    }, {});
    expect(summary.status).toEqual({
      achieved: counted.achieved ?? 0,
      on_track: counted.on_track ?? 0,
      lagging: counted.lagging ?? 0,
      no_data: counted.no_data ?? 0,
      observation: counted.observation ?? 0,
    });
  });

  it('leaves out figures reported after an earlier as-of date', async () => {
    const { db } = getDb();
    const earlier = presentPlanSummary(
      await getPlanSummary(db, 'kaohsiung', 'phase2', '2022-12-31'),
    );
    const solar = earlier.measures.find((m) => m.sector === 'energy' && m.no === 1);
    // 110 295 + 111 367 MWp; 112's 174 is not known yet.
    expect(solar?.indicators[0]?.actual).toBe('662');
    expect(solar?.indicators[0]?.latestPeriodEnd).toBe('2022-12-31');
  });
});
