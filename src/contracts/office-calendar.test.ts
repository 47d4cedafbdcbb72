import { describe, expect, it } from 'vitest';
import { thrown } from '../core/test-support/thrown.js';
import { validateOfficeCalendar } from './office-calendar.js';

const calendar = {
  format: 'netzero-office-calendar/1',
  year: 2024,
  rocYear: 113,
  verified: true,
  source: { publisher: '行政院人事行政總處', title: '113年辦公日曆表', url: null },
  publishedDaysOff: 105,
  daysOff: [
    { date: '2024-02-08', name: '小年夜' },
    { date: '2024-02-09', name: '農曆除夕' },
  ],
  workingDays: [{ date: '2024-02-17', name: '補行上班' }],
};

describe('validateOfficeCalendar', () => {
  it('returns the days of a calendar whose days add up to its announced total', () => {
    // 2024 has 104 weekend days: 104 + 2 − 1 = 105.
    expect(validateOfficeCalendar(calendar)).toEqual({
      year: 2024,
      verified: true,
      daysOff: calendar.daysOff,
      workingDays: calendar.workingDays,
    });
  });

  it('reports every problem with its path', () => {
    const error = thrown(() =>
      validateOfficeCalendar(
        {
          ...calendar,
          rocYear: 112,
          daysOff: [
            { date: '2024-02-10', name: '春節 (a Saturday)' },
            { date: '2025-01-01', name: '開國紀念日' },
            { date: '2025-01-01', name: '開國紀念日' },
          ],
          workingDays: [{ date: '2024-02-16', name: 'a Friday' }],
        },
        'calendars/2024',
      ),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      'calendars/2024.rocYear',
      'calendars/2024.daysOff[0]',
      'calendars/2024.daysOff[1]',
      'calendars/2024.daysOff[2]',
      'calendars/2024.daysOff[2]',
      'calendars/2024.workingDays[0]',
      'calendars/2024.publishedDaysOff',
    ]);
  });

  it('refuses a wrong shape before reading the days', () => {
    const error = thrown(() => validateOfficeCalendar({ ...calendar, verified: 'yes' }));
    expect(error.issues[0]?.path).toBe('calendar.verified');
  });
});
