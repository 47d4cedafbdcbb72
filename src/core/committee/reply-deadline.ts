import { addDays, type IsoDate } from '../dates.js';
import { invalid } from '../errors.js';
import type { WorkingCalendar } from '../office-calendar.js';

/** When a reply is due, and why it moved if it did. */
export interface ReplyDeadline {
  /** The last day to reply. */
  due: IsoDate;
  /** The day the count of days ends on, before moving past days off. */
  lastCountedDay: IsoDate;
  /** The days off the deadline was moved past, with the calendar's reason for each. */
  movedPast: { date: IsoDate; reason: string }[];
}

/**
 * The last day of a reply "文到 N 日內" (resolution 3 of the seed: 7 days), by 行政程序法 第48條:
 * the day the minutes arrive does not count (para. 2), so day 1 is the day after; when the last
 * day is a Saturday, Sunday, national holiday or other day off, the last day becomes the next
 * working day (para. 4). A Saturday the office calendar makes a working day (補行上班) is a
 * working day and does not move a deadline (法務部 99年2月3日函釋: rest days are judged by whether
 * government offices as a whole are closed).
 * @example replyDeadline('2024-02-02', calendar) // due '2024-02-15': 2-09 is 除夕, then 春節 to 2-14
 */
export function replyDeadline(
  arrivedOn: IsoDate,
  calendar: WorkingCalendar,
  days = 7,
  path = 'dueDate',
): ReplyDeadline {
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    throw invalid(
      `${path}.days`,
      `a reply period of ${days} days is not a whole number of days from 1 to 366`,
    );
  }
  const lastCountedDay = addDays(arrivedOn, days);
  const movedPast: ReplyDeadline['movedPast'] = [];
  let due = lastCountedDay;
  let reason = calendar.dayOffReason(due, path);
  while (reason !== undefined) {
    movedPast.push({ date: due, reason });
    // The longest run of days off in a calendar is 春節's ten; a month means a broken file.
    if (movedPast.length > 31)
      throw invalid(path, `no working day within a month of ${lastCountedDay}`);
    due = addDays(due, 1);
    reason = calendar.dayOffReason(due, path);
  }
  return { due, lastCountedDay, movedPast };
}
