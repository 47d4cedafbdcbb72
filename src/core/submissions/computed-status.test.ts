import { describe, expect, it } from 'vitest';
import { computedStatus } from './computed-status.js';
import { outreach, roundOf, solar } from './test-support.js';

// 100 MWp over 2021–2025: by 2023-12-31 (1,095 of 1,826 days) about 59.97 MWp are expected;
// 55 are published before the round.
describe('the status a round’s figures would give the measure', () => {
  it('is lagging on the published figures alone, on track once the round adds enough', () => {
    expect(computedStatus(roundOf(solar), [])).toBe('lagging');
    expect(
      computedStatus(roundOf(solar), [{ indicator: 'solar', value: '5', basis: 'increment' }]),
    ).toBe('on_track');
  });

  it('ignores an entered value that is not a plain decimal', () => {
    expect(
      computedStatus(roundOf(solar), [{ indicator: 'solar', value: 'abc', basis: 'increment' }]),
    ).toBe('lagging');
  });

  it('counts the entered figure instead of a published one of the round’s own period', () => {
    const published = {
      ...solar,
      results: [
        ...solar.results,
        {
          periodStart: '2023-10-01',
          periodEnd: '2023-12-31',
          value: '50',
          basis: 'increment' as const,
        },
      ],
    };
    expect(computedStatus(roundOf(published), [])).toBe('lagging');
    // 55 + 5, not 55 + 50 + 5 (which would be achieved).
    expect(
      computedStatus(roundOf(published), [{ indicator: 'solar', value: '5', basis: 'increment' }]),
    ).toBe('on_track');
  });

  it('is observation when the measure has no quantified indicator', () => {
    expect(computedStatus(roundOf(outreach), [])).toBe('observation');
  });
});
