import { describe, expect, it } from 'vitest';
import { calendar } from './committee/test-support/reminder-fixtures.js';
import { thrown } from './test-support/thrown.js';
import { addWorkingDays } from './working-days.js';

describe('addWorkingDays', () => {
  it('skips weekends both ways and never counts the starting day', () => {
    expect(addWorkingDays('2023-11-16', 1, calendar)).toBe('2023-11-17');
    expect(addWorkingDays('2023-11-16', 2, calendar)).toBe('2023-11-20');
    expect(addWorkingDays('2023-11-20', -2, calendar)).toBe('2023-11-16');
    expect(addWorkingDays('2023-11-18', 0, calendar)).toBe('2023-11-18');
  });

  it('skips 春節 and counts its make-up Saturday', () => {
    expect(addWorkingDays('2024-02-15', -2, calendar)).toBe('2024-02-06');
    expect(addWorkingDays('2024-02-16', 1, calendar)).toBe('2024-02-17');
  });

  it('refuses to count into a year whose calendar is not loaded', () => {
    expect(thrown(() => addWorkingDays('2024-12-31', 1, calendar, 'dueDate')).issues[0]?.path).toBe(
      'dueDate',
    );
  });
});
