import { describe, expect, it } from 'vitest';
import { computeIndicatorProgress } from './compute-indicator-progress.js';
import { d, figure, jan2023ToSep, plan, progressOf } from './test-support.js';
import { yearsElapsed } from './years.js';

describe('annual rate targets', () => {
  const target = { kind: 'annual_rate' as const, value: d(3000) }; // 沼液沼渣 3,000 包/年
  const asOf = '2023-09-30';

  it('pro-rates the current year by days and checks every year', () => {
    const p = progressOf(target)(
      [figure(2021, 4035), figure(2022, 3740), figure(jan2023ToSep, 4154)],
      asOf,
    );
    expect(p).toMatchObject({ status: 'on_track', reason: 'at_or_above_expected' });
    expect(p.years?.map((y) => [y.year, y.met])).toEqual([
      [2021, true],
      [2022, true],
      [2023, true],
    ]);
    expect(p.years?.[2]?.expected.toFixed(6)).toBe(d(3000).times(273).dividedBy(365).toFixed(6));
    expect(p.actual?.toFixed()).toBe('11929');
    // The target is the rate over the whole plan (5 years), not over the years begun so far.
    expect(p.target?.toFixed()).toBe('15000');
  });

  it('counts a year the plan covers only in part by its share of days', () => {
    const halfYearPlan = { start: '2021-07-01', end: '2022-12-31' };
    const p = progressOf(target, halfYearPlan)([], asOf);
    // 184 of 365 days of 2021, then all of 2022
    expect(p.target?.toFixed(6)).toBe(d(3000).times(184).dividedBy(365).plus(3000).toFixed(6));
  });

  it('expects of a part-covered year only its share, and calls the plan achieved when met', () => {
    const halfYearPlan = { start: '2021-07-01', end: '2022-12-31' };
    const results = [figure(['2021-07-01', '2021-12-31'], 1513), figure(2022, 3000)];
    const p = progressOf(target, halfYearPlan)(results, '2022-12-31');
    // 2021 owes 3000 × 184/365 = 1512.33; 1513 meets it.
    expect(p.years?.[0]?.expected.toFixed(2)).toBe('1512.33');
    expect(p).toMatchObject({ status: 'achieved', reason: 'target_met' });
    expect(p.expectedToDate?.toFixed(6)).toBe(p.target?.toFixed(6));
  });

  it('lags when any one year fell short, even if the total is ahead', () => {
    const p = progressOf(target)(
      [figure(2021, 9000), figure(2022, 2999), figure(jan2023ToSep, 3000)],
      asOf,
    );
    expect(p).toMatchObject({ status: 'lagging', reason: 'year_below_rate' });
    expect(p.years?.find((y) => y.met === false)?.year).toBe(2022);
  });

  it('accepts the current year without figures yet, but not a past year', () => {
    const current = progressOf(target)([figure(2021, 3000), figure(2022, 3000)], '2023-02-01');
    expect(current.status).toBe('on_track');
    const past = progressOf(target)([figure(2021, 3000), figure(jan2023ToSep, 3000)], asOf);
    expect(past).toMatchObject({ status: 'no_data', reason: 'missing_year' });
  });

  it('is achieved only when the plan is over and every year met the rate', () => {
    const all = [2021, 2022, 2023, 2024, 2025].map((y) => figure(y, 3000));
    expect(progressOf(target)(all, '2025-12-31').status).toBe('achieved');
    expect(progressOf(target)(all.slice(0, 4), '2024-12-31').status).toBe('on_track');
  });

  it('has no data before the plan starts or without figures', () => {
    expect(progressOf(target)([], '2020-12-31')).toMatchObject({
      status: 'no_data',
      reason: 'before_start',
    });
    expect(progressOf(target)([], asOf)).toMatchObject({
      status: 'no_data',
      reason: 'no_results',
    });
  });
});

describe('change-per-year targets', () => {
  // 資源回收率 +0.3 points a year from 59.05 % in 109
  const target = {
    kind: 'annual_change' as const,
    baseline: { value: d('59.05'), date: '2020-12-31' },
    step: d('0.3'),
  };

  it('expects baseline + step × years elapsed, by days within the current year', () => {
    const p = progressOf(target)(
      [figure(['2023-01-01', '2023-08-31'], '55.46', 'total')],
      '2023-09-30',
    );
    expect(p.expectedToDate?.toFixed(6)).toBe(
      d('59.05')
        .plus(d('0.3').times(d(2).plus(d(273).dividedBy(365))))
        .toFixed(6),
    );
    expect(p).toMatchObject({ status: 'lagging', reason: 'below_expected' });
    expect(p.target?.toFixed()).toBe('60.55'); // five steps to the plan end
  });

  it('is on track above the line and achieved at the plan-end level', () => {
    expect(progressOf(target)([figure(2021, '62.60', 'total')], '2021-12-31').status).toBe(
      'achieved',
    );
    expect(progressOf(target)([figure(2021, '59.40', 'total')], '2021-12-31').status).toBe(
      'on_track',
    );
    expect(progressOf(target)([figure(2021, '59.30', 'total')], '2021-12-31').status).toBe(
      'lagging',
    );
  });

  it('handles a falling step', () => {
    const falling = { ...target, step: d('-1') };
    expect(progressOf(falling)([figure(2021, '57', 'total')], '2021-12-31').status).toBe(
      'on_track',
    );
    expect(progressOf(falling)([figure(2021, '58.5', 'total')], '2021-12-31').status).toBe(
      'lagging',
    );
  });
});

describe('yearsElapsed', () => {
  it('counts whole years by anniversaries and the rest by days', () => {
    expect(yearsElapsed('2020-12-31', '2023-12-31').toFixed()).toBe('3');
    expect(yearsElapsed('2020-12-31', '2023-09-30').toFixed(9)).toBe(
      d(2).plus(d(273).dividedBy(365)).toFixed(9),
    );
    expect(yearsElapsed('2024-02-29', '2025-02-28').toFixed()).toBe('1');
    expect(yearsElapsed('2023-01-01', '2022-01-01').toFixed()).toBe('0');
  });
});

describe('observation targets', () => {
  it('get no status, whatever was reported', () => {
    const p = computeIndicatorProgress({
      plan,
      target: { kind: 'observation' },
      results: [figure(2021, 4)],
      asOf: '2023-09-30',
    });
    expect(p).toMatchObject({
      status: 'observation',
      reason: 'not_quantified',
      expectedToDate: null,
    });
  });
});
