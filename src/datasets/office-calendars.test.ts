import { describe, expect, it } from 'vitest';
import { replyDeadline } from '../core/committee/reply-deadline.js';
import { createWorkingCalendar } from '../core/office-calendar.js';
import { thrown } from '../core/test-support/thrown.js';
import { loadOfficeCalendars } from './office-calendars.js';

describe('the shipped office calendars', async () => {
  const calendars = await loadOfficeCalendars();
  const calendar = createWorkingCalendar(calendars);

  it('hold 2023 to 2026 confirmed from their sources, and 2027 not yet confirmed', () => {
    expect(calendars.map((c) => [c.year, c.verified])).toEqual([
      [2023, true],
      [2024, true],
      [2025, true],
      [2026, true],
      [2027, false],
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

  it('move a deadline past 行憲紀念日, added to the 2025 calendar in mid-year', () => {
    // Thursday 2025-12-18 + 7 = Thursday 12-25: a working day in the calendar first published,
    // a day off in the amended one (行政院 2025-06-13) → Friday 12-26.
    expect(replyDeadline('2025-12-18', calendar).due).toBe('2025-12-26');
  });

  it('count across the new year into 2026', () => {
    // Thursday 2025-12-25 + 7 = Thursday 2026-01-01 (開國紀念日) → Friday 2026-01-02.
    expect(replyDeadline('2025-12-25', calendar).due).toBe('2026-01-02');
  });

  it('give minutes sent in 2026 seven days, a holiday inside them changing nothing', () => {
    // Wednesday 2026-04-29 + 7 = Wednesday 05-06, a working day; 勞動節 (Friday 05-01) falls
    // inside the seven days, and days are counted on the calendar, not in working days.
    expect(calendar.dayOffReason('2026-05-01')).toBe('勞動節');
    expect(replyDeadline('2026-04-29', calendar).due).toBe('2026-05-06');
  });

  it('move a 2026 deadline past 教師節, a day off since the 2025 law', () => {
    // Monday 2026-09-21 + 7 = Monday 09-28 (孔子誕辰紀念日/教師節), with 中秋節 (Friday 09-25)
    // and its weekend inside the seven days → Tuesday 09-29.
    expect(replyDeadline('2026-09-21', calendar)).toEqual({
      due: '2026-09-29',
      lastCountedDay: '2026-09-28',
      movedPast: [{ date: '2026-09-28', reason: '孔子誕辰紀念日/教師節' }],
    });
  });

  it('move a 2026 deadline past the whole 春節 break', () => {
    // Tuesday 2026-02-10 + 7 = Tuesday 02-17 (春節); 02-18 and 02-19 春節, 02-20 補假 for
    // 除夕前一日 (Sunday 02-15), then the weekend → Monday 02-23.
    const deadline = replyDeadline('2026-02-10', calendar);
    expect(deadline.movedPast.map((d) => d.date)).toEqual([
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(deadline.due).toBe('2026-02-23');
  });

  it('count to the last day of 2026, and refuse a deadline in 2027, whose calendar is unverified', () => {
    // Thursday 2026-12-24 + 7 = Thursday 12-31, a working day.
    expect(replyDeadline('2026-12-24', calendar).due).toBe('2026-12-31');
    const message = thrown(() => replyDeadline('2026-12-28', calendar)).message;
    expect(message).toContain('2027');
    expect(message).toContain('unverified');
  });

  it('refuse a deadline in 2028, for which no calendar is shipped', () => {
    expect(thrown(() => replyDeadline('2027-12-27', calendar)).message).toContain('2028');
  });
});
