import { describe, expect, it } from 'vitest';
import { computeIndicatorProgress } from './compute-indicator-progress.js';
import { d, figure, jan2023ToSep, plan, progressOf } from './test-support.js';

const target = { kind: 'cumulative' as const, value: d(750) };
const asOf = '2023-09-30';

describe('cumulative targets', () => {
  it('expects the target times the elapsed share of the plan in days', () => {
    const p = progressOf(target)([figure(2021, 1)], asOf);
    // 1003 of 1826 days have passed by 2023-09-30 (inclusive)
    expect(p.expectedToDate?.toFixed(6)).toBe(d(750).times(1003).dividedBy(1826).toFixed(6));
  });

  it('marks the target achieved once the whole-plan total is reached (Kaohsiung solar: 836 of 750 MWp)', () => {
    const results = [figure(2021, 295), figure(2022, 367), figure(jan2023ToSep, 174)];
    const p = progressOf(target)(results, asOf);
    expect(p).toMatchObject({ status: 'achieved', reason: 'target_met' });
    expect(p.actual?.toFixed()).toBe('836');
    expect(p.latestPeriodEnd).toBe('2023-09-30');
  });

  it('is on track exactly at the expected value and lagging just below it', () => {
    const expected = d(750).times(1003).dividedBy(1826);
    const at = progressOf(target)([figure([plan.start, asOf], expected.toFixed())], asOf);
    expect(at.status).toBe('on_track');
    const below = progressOf(target)(
      [figure([plan.start, asOf], expected.minus('0.0001').toFixed())],
      asOf,
    );
    expect(below).toMatchObject({ status: 'lagging', reason: 'below_expected' });
  });

  it('reads a running total (累計) as the level, not as another increment', () => {
    const results = [
      figure(2021, 224),
      figure(2022, 247, 'total'),
      figure(jan2023ToSep, 280, 'total'),
    ];
    const p = computeIndicatorProgress({
      plan,
      target: { kind: 'cumulative', value: d(388) },
      results,
      asOf,
    });
    expect(p.actual?.toFixed()).toBe('280');
  });

  it('ignores figures reported for periods that end after the as-of date', () => {
    const p = progressOf(target)([figure(2021, 295), figure(jan2023ToSep, 174)], '2022-12-31');
    expect(p.actual?.toFixed()).toBe('295');
  });

  it('does not count work done before the plan started', () => {
    const p = progressOf(target)([figure(2020, 500), figure(2021, 10)], asOf);
    expect(p.actual?.toFixed()).toBe('10');
  });

  it('has no data when nothing was reported by the as-of date', () => {
    const p = progressOf(target)([], asOf);
    expect(p).toMatchObject({ status: 'no_data', reason: 'no_results', actual: null });
  });

  it('measures against a due date earlier than the plan end', () => {
    const early = { kind: 'cumulative' as const, value: d(100), dueDate: '2022-12-31' };
    const p = progressOf(early)([figure(2021, 60)], '2022-12-31');
    expect(p.expectedToDate?.toFixed()).toBe('100');
    expect(p.status).toBe('lagging');
  });
});
