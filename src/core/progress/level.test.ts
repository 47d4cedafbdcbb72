import { describe, expect, it } from 'vitest';
import { d, figure, jan2023ToSep, progressOf } from './test-support.js';

describe('level targets', () => {
  // 有機農業 1,200 公頃 from 900 (baseline at the end of 109)
  const target = {
    kind: 'level' as const,
    value: d(1200),
    baseline: { value: d(900), date: '2020-12-31' },
  };

  it('interpolates from the baseline to the target by days', () => {
    const p = progressOf(target)([figure(jan2023ToSep, 1070, 'total')], '2023-09-30');
    // 2020-12-31 → 2025-12-31 is 1826 days; 1003 have passed on 2023-09-30
    expect(p.expectedToDate?.toFixed(6)).toBe(
      d(900).plus(d(300).times(1003).dividedBy(1826)).toFixed(6),
    );
    // 1,070 公頃 is past the 1,064.79 expected by then.
    expect(p).toMatchObject({ status: 'on_track', reason: 'at_or_above_expected' });
    expect(p.actual?.toFixed()).toBe('1070');
    const behind = progressOf(target)([figure(jan2023ToSep, 1064, 'total')], '2023-09-30');
    expect(behind).toMatchObject({ status: 'lagging', reason: 'below_expected' });
  });

  it('adds increments to the baseline when figures are yearly changes', () => {
    const p = progressOf(target)([figure(2021, 60), figure(2022, 60)], '2022-12-31');
    expect(p.actual?.toFixed()).toBe('1020');
  });

  it('is achieved when the level reaches the target before the due date', () => {
    const p = progressOf(target)([figure(2022, 1200, 'total')], '2022-12-31');
    expect(p.status).toBe('achieved');
  });

  it('handles a level that should fall: lower is better', () => {
    const falling = {
      kind: 'level' as const,
      value: d(40),
      baseline: { value: d(100), date: '2020-12-31' },
    };
    const ahead = progressOf(falling)([figure(2021, 70, 'total')], '2021-12-31');
    expect(ahead.status).toBe('on_track'); // expected 100 − 60 × 365/1826 ≈ 88
    const behind = progressOf(falling)([figure(2021, 95, 'total')], '2021-12-31');
    expect(behind.status).toBe('lagging');
    const done = progressOf(falling)([figure(2021, 40, 'total')], '2021-12-31');
    expect(done.status).toBe('achieved');
  });

  it('expects the baseline itself before the baseline date', () => {
    const p = progressOf(target)([], '2020-06-30');
    expect(p.expectedToDate?.toFixed()).toBe('900');
    expect(p.status).toBe('no_data');
  });
});

describe('schedule targets', () => {
  // 滯洪池綠地面積: 109 baseline 89.8; 110–114: 128 / 144.68 / 183 / 200 / 200 ha
  const target = {
    kind: 'schedule' as const,
    baseline: { value: d('89.8'), date: '2020-12-31' },
    points: [2021, 2022, 2023, 2024, 2025].map((year, i) => ({
      year,
      value: d(['128', '144.68', '183', '200', '200'][i] ?? '0'),
    })),
  };

  it("uses that year's scheduled value at a year end", () => {
    const p = progressOf(target)([figure(2022, 145, 'total')], '2022-12-31');
    expect(p.expectedToDate?.toFixed()).toBe('144.68');
    expect(p.status).toBe('on_track');
  });

  it('interpolates within a year between one year-end value and the next', () => {
    const p = progressOf(target)([figure(jan2023ToSep, 194, 'total')], '2023-09-30');
    expect(p.expectedToDate?.toFixed(6)).toBe(
      d('144.68').plus(d('38.32').times(273).dividedBy(365)).toFixed(6),
    );
    expect(p.status).toBe('on_track');
    expect(p.target?.toFixed()).toBe('200');
  });

  it('lags below the schedule and is achieved at the final value', () => {
    expect(progressOf(target)([figure(2021, 127, 'total')], '2021-12-31').status).toBe('lagging');
    expect(progressOf(target)([figure(2021, 200, 'total')], '2021-12-31').status).toBe('achieved');
  });

  it('holds the last scheduled value after the schedule ends', () => {
    const p = progressOf(target)([figure(2025, 199, 'total')], '2026-06-30');
    expect(p.expectedToDate?.toFixed()).toBe('200');
    expect(p.status).toBe('lagging');
  });
});
