import { describe, expect, it } from 'vitest';
import { worstStatus } from './status.js';

describe('worstStatus', () => {
  it('shows the worst quantified status of a measure', () => {
    expect(worstStatus(['achieved', 'lagging', 'on_track'])).toBe('lagging');
    expect(worstStatus(['achieved', 'no_data'])).toBe('no_data');
    expect(worstStatus(['achieved', 'on_track'])).toBe('on_track');
  });

  it('ignores observation indicators beside quantified ones', () => {
    expect(worstStatus(['observation', 'achieved'])).toBe('achieved');
  });

  it('is observation when nothing is quantified', () => {
    expect(worstStatus([])).toBe('observation');
    expect(worstStatus(['observation'])).toBe('observation');
  });
});
