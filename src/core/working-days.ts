import { addDays, type IsoDate } from './dates.js';
import type { WorkingCalendar } from './office-calendar.js';

/**
 * The working day `count` working days after `date` (before it when `count` is negative), by the
 * office calendar: 補行上班 Saturdays count, holidays and weekends do not. `date` itself is never
 * counted, so from a Thursday one working day on is the Friday and two are the Monday.
 * @example addWorkingDays('2023-11-20', -2, calendar) // '2023-11-16' (Monday → the Thursday before)
 */
export function addWorkingDays(
  date: IsoDate,
  count: number,
  calendar: WorkingCalendar,
  path = 'date',
): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError(`${count} working days is not a whole number`);
  const step = count < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(count); left > 0;) {
    day = addDays(day, step);
    if (calendar.isWorkingDay(day, path)) left -= 1;
  }
  return day;
}
