import { daysInMonth } from './dates.js';
import { rocYear } from './roc-date.js';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A publication date is as precise as the publication gives it: a year (2023), a month
 * (2023-11) or a day (2023-11-20). News items and announcements are often known only by year.
 *
 * @example isPublicationDate('2023-11') // true; isPublicationDate('2023-13') // false
 */
export function isPublicationDate(text: string): boolean {
  const match = PATTERN.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1) return false;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The same date as Chinese readers write it, in the ROC calendar and only as precise as given.
 *
 * @example formatRocPublicationDate('2023') // '112年'; ('2023-11-20') // '112年11月20日'
 */
export function formatRocPublicationDate(date: string): string {
  const match = PATTERN.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  // Before 1912 there is no ROC year: the Gregorian date is what a reader can use.
  if (Number(y) <= 1911) return date;
  const parts = [`${String(rocYear(Number(y)))}年`];
  if (m !== undefined) parts.push(`${String(Number(m))}月`);
  if (d !== undefined) parts.push(`${String(Number(d))}日`);
  return parts.join('');
}
