import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../office-calendar.js';
import { lunarNewYear2024 } from '../test-support/calendars.js';
import { thrown } from '../test-support/thrown.js';
import { replyDeadline } from './reply-deadline.js';

const calendar = createWorkingCalendar([lunarNewYear2024]);

describe('replyDeadline (文到 7 日內)', () => {
  it('counts seven days from the day after the minutes arrive', () => {
    // Arrived Thursday 2024-01-04: day 1 is Friday the 5th, day 7 Thursday the 11th.
    expect(replyDeadline('2024-01-04', calendar)).toEqual({
      due: '2024-01-11',
      lastCountedDay: '2024-01-11',
      movedPast: [],
    });
  });

  it('moves a last day on a Saturday to the Monday', () => {
    const deadline = replyDeadline('2024-01-06', calendar);
    expect(deadline.lastCountedDay).toBe('2024-01-13');
    expect(deadline.due).toBe('2024-01-15');
    expect(deadline.movedPast.map((d) => d.reason)).toEqual(['星期六', '星期日']);
  });

  it('moves past the whole of 春節 to the first working day', () => {
    const deadline = replyDeadline('2024-02-02', calendar);
    expect(deadline.lastCountedDay).toBe('2024-02-09');
    expect(deadline.due).toBe('2024-02-15');
    expect(deadline.movedPast.map((d) => d.date)).toEqual([
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
  });

  it('keeps a last day on a make-up Saturday (補行上班): offices are open', () => {
    expect(replyDeadline('2024-02-10', calendar).due).toBe('2024-02-17');
  });

  it('takes another number of days when the meeting sets one', () => {
    expect(replyDeadline('2024-01-04', calendar, 14).due).toBe('2024-01-18');
    expect(thrown(() => replyDeadline('2024-01-04', calendar, 0)).issues[0]?.path).toBe(
      'dueDate.days',
    );
  });

  it('refuses to count into a year with no calendar', () => {
    const error = thrown(() => replyDeadline('2024-12-28', calendar));
    expect(error.message).toContain('2025-01-04 is in 2025');
  });
});
