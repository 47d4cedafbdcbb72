import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import type { ActualYear, CarbonBudgetView } from '../../db/emissions/emissions-status.js';
import { buildEmissionsChapter, lastEndedYear } from './emissions-status.js';
import type { EmissionsFacts } from './load-emissions-facts.js';

const d = (v: string | number) => new Decimal(v);
const figure = (year: number, netT: number): ActualYear => ({
  year,
  netT: d(netT),
  origin: 'figure',
});

function budget(
  code: string,
  startYear: number,
  endYear: number,
): CarbonBudgetView & { source: string | null } {
  return {
    code,
    name: null,
    startYear,
    endYear,
    capT: d(1000),
    capBasis: 'period_total',
    periodCapT: d(1000),
    years: [],
    pathwayCapT: null,
    actualT: d(0),
    yearsMeasured: [],
    complete: false,
    remainingT: d(1000),
    sectors: [{ sector: 'transport', capT: d(1000), actualT: null, remainingT: null }],
    approval: 'committee_reviewed',
    history: [
      { from: 'draft', to: 'committee_reviewed', by: '推動會', at: '2023-03-01T16:30:00.000Z' },
    ],
    source: null,
  };
}

function facts(overrides: Partial<EmissionsFacts> = {}): EmissionsFacts {
  return {
    actuals: [figure(2005, 1000), figure(2022, 800)],
    pathway: null,
    targets: [],
    budgets: [],
    shares: [],
    figureSources: new Map([[2005, 'inventory-report']]),
    inventorySources: new Map(),
    sources: new Map([['inventory-report', { title: '盤查報告', publisher: null, date: null }]]),
    ...overrides,
  };
}

describe('chapter 1 figures from the emissions facts', () => {
  it('counts a year once its last day has passed', () => {
    expect(lastEndedYear('2023-09-30')).toBe(2022);
    expect(lastEndedYear('2023-12-31')).toBe(2023);
    expect(lastEndedYear('2024-01-01')).toBe(2023);
  });

  it('states the figures without a target when the city stores none, and cites what it can', () => {
    const e = buildEmissionsChapter(facts(), '2023-09-30', { start: 2021, end: 2025 });
    expect(e.baseline).toMatchObject({ year: 2005, valueT: '1000', source: 1 });
    expect(e.latest).toMatchObject({ year: 2022, valueT: '800', source: null });
    expect(e.change).toEqual({ t: '-200', percent: '-20.00' });
    expect([e.targets, e.pathway, e.gap, e.shares, e.carbonBudget]).toEqual([
      [],
      [],
      null,
      null,
      null,
    ]);
    expect(e.sources.map((s) => s.title)).toEqual(['盤查報告']);
    expect(e.paragraphs).toHaveLength(1);
  });

  it("prefers an inventory's computed sector shares over older stated ones, sinks left out", () => {
    const inventory: ActualYear = {
      year: 2022,
      netT: d(700),
      origin: 'inventory',
      bySector: new Map([
        ['industry', d(600)],
        ['transport', d(200)],
        ['sinks', d(-100)],
      ]),
    };
    const e = buildEmissionsChapter(
      facts({
        actuals: [figure(2005, 1000), inventory],
        shares: [{ year: 2021, category: 'industry', percent: '83', source: null }],
      }),
      '2023-09-30',
      { start: 2021, end: 2025 },
    );
    expect(e.shares).toMatchObject({ year: 2022, origin: 'inventory', scopes: [] });
    expect(e.shares?.sectors.map((s) => [s.category, s.percent])).toEqual([
      ['industry', '75.0'],
      ['transport', '25.0'],
    ]);
  });

  it('takes the carbon budget in force in the as-of year, else the next within the plan period', () => {
    const plan = { start: 2021, end: 2025 };
    const budgets = [budget('b1', 2021, 2022), budget('b2', 2023, 2024), budget('b9', 2030, 2031)];
    const inForce = buildEmissionsChapter(facts({ budgets }), '2023-09-30', plan).carbonBudget;
    expect(inForce).toMatchObject({ code: 'b2', approvedBy: '推動會', approvedOn: '2023-03-02' });
    expect(inForce?.allocations).toEqual([
      { sector: 'transport', label: '運輸部門', capT: '1000' },
    ]);
    const next = buildEmissionsChapter(facts({ budgets: budgets.slice(1) }), '2022-06-30', plan);
    expect(next.carbonBudget?.code).toBe('b2');
    const outside = buildEmissionsChapter(facts({ budgets: budgets.slice(2) }), '2023-09-30', plan);
    expect(outside.carbonBudget).toBeNull();
  });
});
