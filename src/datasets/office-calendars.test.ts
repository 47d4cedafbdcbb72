import { describe, expect, it } from 'vitest';
import { replyDeadline } from '../core/committee/reply-deadline.js';
import { createWorkingCalendar } from '../core/office-calendar.js';
import { thrown } from '../core/test-support/thrown.js';
import { loadOfficeCalendars } from './office-calendars.js';

describe('the shipped office calendars', async () => {
  const calendars = await loadOfficeCalendars();
  const calendar = createWorkingCalendar(calendars);

  it('hold 2023 and 2024, both confirmed from their sources', () => {
    expect(calendars.map((c) => [c.year, c.verified])).toEqual([
      [2023, true],
      [2024, true],
    ]);
  });

  it('give the seed meeting’s minutes seven days when they arrive a week later', () => {
    // Minutes arriving Thursday 2023-11-16: day 7 is Thursday 2023-11-23, an ordinary day.
    expect(replyDeadline('2023-11-16', calendar).due).toBe('2023-11-23');
  });

  it('move a deadline past 中秋節 and the weekend after it (2023-09-29 → 10-02)', () => {
    const deadline = replyDeadline('2023-09-22', calendar);
    expect(deadline.movedPast).toEqual([
      { date: '2023-09-29', reason: '中秋節' },
      { date: '2023-09-30', reason: '星期六' },
      { date: '2023-10-01', reason: '星期日' },
    ]);
    expect(deadline.due).toBe('2023-10-02');
  });

  it('keep a deadline on 2023-09-23, a Saturday worked for 10/9', () => {
    expect(replyDeadline('2023-09-16', calendar).due).toBe('2023-09-23');
  });

  it('count across the new year into 2024', () => {
    // 2023-12-25 + 7 = 2024-01-01 (開國紀念日) → Tuesday 2024-01-02.
    expect(replyDeadline('2023-12-25', calendar).due).toBe('2024-01-02');
  });

  it('refuse a deadline in 2025, for which no calendar is shipped', () => {
    expect(thrown(() => replyDeadline('2024-12-27', calendar)).message).toContain('2025');
  });
});
