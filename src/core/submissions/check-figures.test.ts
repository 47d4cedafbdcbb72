import { describe, expect, it } from 'vitest';
import { figureIssues } from './check-figures.js';
import { outreach, roundOf, solar } from './test-support.js';

const increment = (value: string, indicator = 'solar') =>
  ({ indicator, value, basis: 'increment' }) as const;

describe('the checks on figures entered for a round', () => {
  it('accepts one plain figure per quantified indicator', () => {
    expect(figureIssues(roundOf(solar, outreach), [increment('10')], true)).toEqual([]);
  });

  it('names an unknown indicator and lists the known ones', () => {
    expect(figureIssues(roundOf(solar), [increment('1', 'wind')], false)).toEqual([
      { path: 'figures[0].indicator', message: 'no indicator "wind"; indicators: solar' },
    ]);
  });

  it('refuses a figure for an observation and a second figure for one indicator', () => {
    const issues = figureIssues(
      roundOf(solar, outreach),
      [increment('1'), increment('2'), increment('3', 'outreach')],
      false,
    );
    expect(issues).toEqual([
      { path: 'figures[1].indicator', message: 'a second figure for "solar"' },
      {
        path: 'figures[2].indicator',
        message: '"outreach" is not quantified: describe it in the qualitative results',
      },
    ]);
  });

  it('refuses a value that is not a plain decimal, or that the unit refuses', () => {
    expect(figureIssues(roundOf(solar), [increment('1e3')], false).map((i) => i.path)).toEqual([
      'figures[0].value',
    ]);
    expect(figureIssues(roundOf(solar), [increment('-5')], false)[0]?.message).toMatch(
      /must not be negative/,
    );
  });

  it('refuses an increment overlapping a published one, but not the round’s own figure', () => {
    const december = { periodStart: '2023-12-01', periodEnd: '2023-12-31', value: '1' };
    const overlapped = { ...solar, results: [{ ...december, basis: 'increment' as const }] };
    expect(figureIssues(roundOf(overlapped), [increment('1')], false)).toEqual([
      {
        path: 'figures[0].basis',
        message:
          'an increment for 2023-10-01/2023-12-31 overlaps the published increment for 2023-12-01/2023-12-31: report the running total instead',
      },
    ]);
    const replaced = {
      ...solar,
      results: [{ ...december, periodStart: '2023-10-01', basis: 'increment' as const }],
    };
    expect(figureIssues(roundOf(replaced), [increment('1')], false)).toEqual([]);
    expect(
      figureIssues(roundOf(overlapped), [{ ...increment('70'), basis: 'total' }], false),
    ).toEqual([]);
  });

  it('asks for every quantified indicator on submit, never for an observation', () => {
    expect(figureIssues(roundOf(solar, outreach), [], true)).toEqual([
      { path: 'figures', message: 'a figure for "solar" (太陽光電設置容量, MWp) is required' },
    ]);
    expect(figureIssues(roundOf(solar, outreach), [], false)).toEqual([]);
  });
});
