import { describe, expect, it } from 'vitest';
import { todayInTaiwan } from '../../core/dates.js';
import { planSelection } from './plan-context.js';

describe('planSelection', () => {
  it('takes the cut-off date from the address when it names a valid one', () => {
    const query = new URLSearchParams('asOf=2022-12-31');
    expect(planSelection(query, '2023-09-30').asOf).toBe('2022-12-31');
  });

  it('defaults to the date the figures run to, not today', () => {
    expect(planSelection(new URLSearchParams(), '2023-09-30')).toEqual({
      city: 'kaohsiung',
      plan: 'phase2',
      asOf: '2023-09-30',
    });
    expect(planSelection(new URLSearchParams('asOf=nonsense'), '2023-09-30').asOf).toBe(
      '2023-09-30',
    );
  });

  it('falls back to today in Taiwan for a plan with no figures yet', () => {
    expect(planSelection(new URLSearchParams('plan=next'), null)).toEqual({
      city: 'kaohsiung',
      plan: 'next',
      asOf: todayInTaiwan(),
    });
  });
});
