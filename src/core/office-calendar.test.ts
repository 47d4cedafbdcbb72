import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, weekday } from './office-calendar.js';
import { lunarNewYear2024 } from './test-support/calendars.js';
import { thrown } from './test-support/thrown.js';

describe('weekday', () => {
  it('knows the day of the week of the seed meeting (星期四) and of day 0', () => {
    expect(weekday('2023-11-09')).toBe(4);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-28')).toBe(0);
  });
});

describe('createWorkingCalendar', () => {
  const calendar = createWorkingCalendar([lunarNewYear2024]);

  it('counts an ordinary weekday as a working day and a weekend as off', () => {
    expect(calendar.isWorkingDay('2024-02-07')).toBe(true);
    expect(calendar.dayOffReason('2024-02-10')).toBe('星期六');
    expect(calendar.dayOffReason('2024-02-11')).toBe('星期日');
  });

  it('closes offices on the calendar’s days off and opens them on its make-up Saturdays', () => {
    expect(calendar.dayOffReason('2024-02-09')).toBe('農曆除夕');
    expect(calendar.isWorkingDay('2024-02-17')).toBe(true);
  });

  it('refuses a date in a year without a calendar instead of guessing', () => {
    const error = thrown(() => calendar.isWorkingDay('2025-01-02', 'dueDate'));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues[0]?.path).toBe('dueDate');
    expect(error.message).toContain('2025');
    expect(error.message).toContain('loaded years: 2024');
  });

  it('refuses a calendar marked unverified', () => {
    const unsure = createWorkingCalendar([{ ...lunarNewYear2024, verified: false }]);
    expect(thrown(() => unsure.isWorkingDay('2024-03-01')).message).toContain('unverified');
  });

  it('refuses two calendars for one year', () => {
    expect(() => createWorkingCalendar([lunarNewYear2024, lunarNewYear2024])).toThrow(RangeError);
  });
});
