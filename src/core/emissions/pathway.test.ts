import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal.js';
import { carbonBudgetIssues, carbonBudgetStatus, checkBudgetTransition } from './carbon-budget.js';
import { analyseGap } from './gap-analysis.js';
import { costPerTonne, moneyTotalsByDomain } from './money-budget.js';
import { buildTrajectory, type EmissionTarget } from './pathway.js';
import { thrown } from '../test-support/thrown.js';

const d = (v: string) => new Decimal(v);
const targets: EmissionTarget[] = [
  { year: 2030, kind: 'reduction', baseYear: 2005, reductionPercent: d('30') },
  { year: 2050, kind: 'net_zero' },
];
const baseline = { year: 2005, valueT: d('66140000') };

describe('pathway and gap', () => {
  it('draws a straight line from the baseline through each target', () => {
    const path = buildTrajectory(baseline, targets, []);
    expect(path).toHaveLength(46);
    const at = (y: number) => path.find((p) => p.year === y)?.valueT.toFixed();
    expect(at(2030)).toBe('46298000');
    expect(at(2040)).toBe('23149000');
    expect(at(2050)).toBe('0');
    // 2005 → 2030 falls 19,842,000 t over 25 years: 793,680 t a year
    expect(at(2006)).toBe('65346320');
  });

  it('lets an edited point bend the line', () => {
    const path = buildTrajectory(baseline, targets, [{ year: 2040, valueT: d('30000000') }]);
    expect(path.find((p) => p.year === 2040)?.origin).toBe('point');
    expect(path.find((p) => p.year === 2045)?.valueT.toFixed()).toBe('15000000');
  });

  it('measures the gap and what the plans still leave to cut', () => {
    const path = buildTrajectory(baseline, targets, []);
    const gap = analyseGap(path, new Map([[2021, d('57370000')]]), new Map([[2025, d('2000000')]]));
    const y2021 = gap.find((g) => g.year === 2021);
    // trajectory 2021 = 66,140,000 − 16 × 793,680 = 53,441,120
    expect(y2021?.gapT?.toFixed()).toBe('3928880');
    const y2030 = gap.find((g) => g.year === 2030);
    expect(y2030?.requiredReductionT?.toFixed()).toBe('11072000');
    expect(y2030?.plannedReductionT.toFixed()).toBe('2000000');
    expect(y2030?.remainingGapT?.toFixed()).toBe('9072000');
    expect(gap.find((g) => g.year === 2010)?.requiredReductionT).toBeNull();
  });
});

describe('carbon budgets', () => {
  const budget = {
    code: 'b1',
    startYear: 2025,
    endYear: 2026,
    capT: d('100'),
    capBasis: 'period_total' as const,
    allocations: [
      { sector: 'industry', capT: d('80') },
      { sector: 'transport', capT: d('20') },
    ],
  };

  it('refuses allocations not summing to the cap and overlapping periods', () => {
    const issues = carbonBudgetIssues(
      [
        {
          ...budget,
          allocations: [
            { sector: 'industry', capT: d('80') },
            { sector: 'transport', capT: d('19.99') },
          ],
        },
        { ...budget, code: 'b2', startYear: 2026, endYear: 2027, allocations: [] },
      ],
      'carbonBudgets',
    );
    expect(issues.map((i) => i.path)).toEqual([
      'carbonBudgets[0].allocations',
      'carbonBudgets[1].startYear',
    ]);
  });

  it('compares actuals with the cap per period and sector', () => {
    const status = carbonBudgetStatus(
      budget,
      new Map([
        [
          2025,
          {
            netT: d('45'),
            bySector: new Map([
              ['industry', d('40')],
              ['transport', d('5')],
            ]),
          },
        ],
      ]),
      [
        { year: 2025, valueT: d('52'), origin: 'linear' },
        { year: 2026, valueT: d('50'), origin: 'linear' },
      ],
    );
    expect(status.pathwayCapT?.toFixed()).toBe('102');
    expect(status.remainingT.toFixed()).toBe('55');
    expect(status.complete).toBe(false);
    expect(status.sectors.map((s) => s.remainingT?.toFixed())).toEqual(['40', '15']);
    const annual = carbonBudgetStatus({ ...budget, capBasis: 'annual' }, new Map(), []);
    expect([annual.periodCapT.toFixed(), annual.remainingT.toFixed(), annual.pathwayCapT]).toEqual([
      '200',
      '200',
      null,
    ]);
  });

  it('moves through approval one step at a time', () => {
    checkBudgetTransition('draft', 'committee_reviewed', 'status');
    expect(thrown(() => checkBudgetTransition('draft', 'council_approved', 'status')).code).toBe(
      'CONFLICT',
    );
    expect(thrown(() => checkBudgetTransition('council_approved', 'draft', 'status')).code).toBe(
      'CONFLICT',
    );
  });
});

describe('money budget', () => {
  const items = [
    { domain: 'transport', amountNtd: d('21900000000'), measures: ['p/transport/1'] },
    { domain: 'resource_circulation', amountNtd: null, measures: [] },
  ];

  it('keeps unknown amounts unknown in the totals', () => {
    const totals = moneyTotalsByDomain(items, d('27500000000'));
    expect(totals.domains.map((x) => x.totalNtd?.toFixed() ?? null)).toEqual(['21900000000', null]);
    expect(totals.unattributedNtd?.toFixed()).toBe('5600000000');
  });

  it('gives NT$ per tCO₂e per measure and per domain', () => {
    const costs = costPerTonne(items, new Map([['p/transport/1', d('1000000')]]));
    expect(costs.measures[0]?.ntdPerT?.toFixed()).toBe('21900');
    expect(costs.domains.map((x) => x.reason)).toEqual(['ok', 'unknown_amount']);
  });
});
