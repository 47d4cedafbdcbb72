import { expect, it } from 'vitest';
import { loadDataset } from '../../datasets/datasets.js';
import { exportCity } from '../city/export-city.js';
import { seedDataset } from '../city/seed-dataset.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { getCarbonBudgetStatus, getEmissionsPathway } from './emissions-status.js';
import { getMoneyBudgetSummary } from './money-budget-summary.js';

describeEachDatabase("Kaohsiung's emissions", (getDb) => {
  it('carries every emissions section through seed and export', async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    const exported = await exportCity(db, 'kaohsiung');
    const dataset = await loadDataset('kaohsiung');
    for (const key of [
      'emissionFigures',
      'emissionFactors',
      'emissionTargets',
      'carbonBudgets',
      'moneyBudgets',
    ] as const)
      expect(exported[key]).toEqual(dataset[key]);
    expect(exported.emissionFigures.map((f) => `${f.year}${f.basis}`)).toEqual([
      '2005net',
      '2016net',
      '2020net',
      '2021net',
      '2021gross',
      '2022net',
      '2023net',
    ]);
  });

  it('puts 2023 above the straight line to −30 % in 2030, and the first budget beside its pathway cap', async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    const pathway = await getEmissionsPathway(db, 'kaohsiung');
    const y2030 = pathway.trajectory.find((p) => p.year === 2030);
    expect(y2030?.valueT.toFixed()).toBe('46298000'); // 66,140,000 × 0.7
    const y2023 = pathway.gap.find((g) => g.year === 2023);
    // path 2023 = 66,140,000 − 18 × 793,680 = 51,853,760; actual 49,520,000 → 2,333,760 below
    expect(y2023?.gapT?.toFixed()).toBe('-2333760');
    const [budget] = await getCarbonBudgetStatus(db, 'kaohsiung');
    // pathway 2025 + 2026 = 50,266,400 + 49,472,720 = 99,739,120
    expect(budget?.pathwayCapT?.toFixed()).toBe('99739120');
    expect(budget?.capT.toFixed()).toBe('50937300');
    expect(budget?.periodCapT.toFixed()).toBe('101874600'); // annual cap × 2 years
    expect(budget?.yearsMeasured).toEqual([]);
    expect(budget?.sectors).toEqual([]);
  });

  it('keeps the money budget’s unknown domains unknown: 275 億 declared, 219 億 known', async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    const [money] = await getMoneyBudgetSummary(db, 'kaohsiung');
    expect(money?.totals.knownNtd.toFixed()).toBe('21900000000');
    expect(money?.totals.unattributedNtd?.toFixed()).toBe('5600000000');
    expect(money?.totals.domains.map((d) => d.totalNtd?.toFixed() ?? null)).toEqual([
      '21900000000',
      null,
      null,
      null,
      null,
    ]);
  });
});
