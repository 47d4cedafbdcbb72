import { civilToDays, daysToCivil } from './civil-days.js';
import { invalid } from './errors.js';

/**
 * A calendar day as ISO 8601 text, 'YYYY-MM-DD' (Gregorian, years 0001–9999).
 * Text rather than `Date`: a Date is an instant, and the day it falls on depends on the
 * machine's time zone; text compares, sorts and stores (SQL `date`) without that trap.
 */
export type IsoDate = string;

/** A span of whole days. Both ends are inclusive, so a year is { start: Jan 1, end: Dec 31 }. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** The numbers of an IsoDate: month 1–12, day 1–31. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIRST_DAY = civilToDays(1, 1, 1);
const LAST_DAY = civilToDays(9999, 12, 31);

/** @example isLeapYear(2000) // true (2100 is not: centuries must divide by 400) */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month ${month} does not exist`);
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `parts` is not a real day, or undefined when it is one. */
function impossibility({ year, month, day }: DateParts): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return `year ${year} is outside 1–9999`;
  if (!Number.isInteger(month) || month < 1 || month > 12) return `month ${month} does not exist`;
  const last = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > last) {
    return `day ${day} does not exist: ${year}-${pad(month)} has days 1–${last}`;
  }
  return undefined;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * The IsoDate of a year, month and day, for callers that validated them already.
 * @example toIsoDate(2023, 9, 30) // '2023-09-30'
 */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  const problem = impossibility({ year, month, day });
  if (problem !== undefined) throw new RangeError(problem);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function readParts(text: string): DateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Why `text` is not an IsoDate, quoting it; undefined when it is one. */
function problemWith(text: string): string | undefined {
  const parts = readParts(text);
  if (!parts) return `"${text}" is not a date in the form YYYY-MM-DD`;
  const problem = impossibility(parts);
  return problem === undefined ? undefined : `"${text}" is not a real date (${problem})`;
}

/**
 * The numbers of a date. Dates reach here from our own parsers, so a malformed one is a
 * programming error (RangeError), not bad input.
 * @example dateParts('2023-09-30') // { year: 2023, month: 9, day: 30 }
 */
export function dateParts(date: IsoDate): DateParts {
  const parts = readParts(date);
  if (!parts || impossibility(parts) !== undefined) {
    throw new RangeError(`"${date}" is not an ISO date`);
  }
  return parts;
}

/**
 * Reads an ISO date, refusing impossible days and other shapes, naming the field.
 * @example parseIsoDate('2024-02-29', 'asOf') // '2024-02-29'; '2023-02-29' throws
 */
export function parseIsoDate(text: string, path: string): IsoDate {
  const trimmed = text.trim();
  const problem = problemWith(trimmed);
  if (problem !== undefined) throw invalid(path, problem);
  return trimmed;
}

/**
 * Reads an ISO interval of two dates, both inclusive; the end may not precede the start.
 * @example parseIsoPeriod('2021-01-01/2021-12-31', 'period') // { start: '2021-01-01', end: '2021-12-31' }
 */
export function parseIsoPeriod(text: string, path: string): Period {
  const pieces = text.trim().split('/');
  const [start, end] = pieces.map((piece) => piece.trim());
  if (pieces.length !== 2 || start === undefined || end === undefined) {
    throw invalid(path, `"${text}" is not a period in the form YYYY-MM-DD/YYYY-MM-DD`);
  }
  const problem = problemWith(start) ?? problemWith(end);
  if (problem !== undefined) throw invalid(path, `"${text}" is not a valid period: ${problem}`);
  if (end < start) throw invalid(path, `"${text}" ends (${end}) before it starts (${start})`);
  return { start, end };
}

/**
 * Days since 1970-01-01 (negative before), so calendar arithmetic is integer arithmetic.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return civilToDays(year, month, day);
}

/** @example fromDayNumber(0) // '1970-01-01' */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n) || n < FIRST_DAY || n > LAST_DAY) {
    throw new RangeError(`day number ${n} is outside 0001-01-01..9999-12-31`);
  }
  const { year, month, day } = daysToCivil(n);
  return toIsoDate(year, month, day);
}

/** @example addDays('2024-02-28', 1) // '2024-02-29' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** @example daysInclusive({ start: '2024-01-01', end: '2024-12-31' }) // 366 */
export function daysInclusive(period: Period): number {
  return dayNumber(period.end) - dayNumber(period.start) + 1;
}

/**
 * Orders two dates (-1, 0, 1), for `sort` and comparisons. Same-shape ISO text sorts like the
 * days it names, so a string comparison suffices once both are known to be dates.
 * @example ['2023-01-02', '2021-05-01'].sort(compareDates) // ['2021-05-01', '2023-01-02']
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  // Dates are checked where they enter (parseIsoDate and the ROC parsers). Four-digit years
  // make YYYY-MM-DD order as text in calendar order, and sorting calls this a great deal.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @example isWithin('2021-12-31', yearPeriod(2021)) // true: both ends are inclusive */
export function isWithin(date: IsoDate, period: Period): boolean {
  return compareDates(period.start, date) <= 0 && compareDates(date, period.end) <= 0;
}

/** @example yearOf('2023-09-30') // 2023 */
export function yearOf(date: IsoDate): number {
  return dateParts(date).year;
}

/** @example startOfYear(2021) // '2021-01-01' */
export function startOfYear(year: number): IsoDate {
  return toIsoDate(year, 1, 1);
}

/** @example endOfYear(2021) // '2021-12-31' */
export function endOfYear(year: number): IsoDate {
  return toIsoDate(year, 12, 31);
}

/** @example yearPeriod(2021) // { start: '2021-01-01', end: '2021-12-31' } */
export function yearPeriod(year: number): Period {
  return { start: startOfYear(year), end: endOfYear(year) };
}

/** The canonical text of a period, as stored and exported. @example formatPeriodIso(yearPeriod(2021)) // '2021-01-01/2021-12-31' */
export function formatPeriodIso(period: Period): string {
  return `${period.start}/${period.end}`;
}

/** Days the two periods share, 0 when they do not meet. @example overlapDays(yearPeriod(2021), { start: '2021-12-31', end: '2022-01-05' }) // 1 */
export function overlapDays(a: Period, b: Period): number {
  const first = Math.max(dayNumber(a.start), dayNumber(b.start));
  const last = Math.min(dayNumber(a.end), dayNumber(b.end));
  return Math.max(0, last - first + 1);
}

/**
 * How much of `period` has passed by the end of `asOf`, as two integers so callers can build an
 * exact ratio (a float share would drift in sums). The as-of day itself counts as elapsed, and the
 * count is clamped to 0 before the start and to the total after the end.
 * @example elapsedShare({ start: '2021-01-01', end: '2025-12-31' }, '2023-09-30')
 * // { elapsedDays: 1003, totalDays: 1826 }
 */
export function elapsedShare(
  period: Period,
  asOf: IsoDate,
): { elapsedDays: number; totalDays: number } {
  const totalDays = daysInclusive(period);
  const elapsed = dayNumber(asOf) - dayNumber(period.start) + 1;
  return { elapsedDays: Math.min(totalDays, Math.max(0, elapsed)), totalDays };
}

/** Taiwan's offset from UTC: +8 h, with no daylight saving since 1980. */
const TAIWAN_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar date in Taiwan of an instant, where the plans are kept: at 07:00 in Taipei, UTC
 * is still yesterday. Arithmetic rather than Intl with a time zone, whose first use loads ICU's
 * zone data (~25 ms at the start of a CLI command).
 * @example taiwanDateOf(new Date('2023-09-30T16:00:00Z')) // '2023-10-01'
 */
export function taiwanDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + TAIWAN_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The date and the wall-clock time (HH:MM) in Taiwan of an instant, for showing when something
 * happened. @example taiwanClockOf(new Date('2023-11-23T17:04:00Z')) // { date: '2023-11-24', time: '01:04' }
 */
export function taiwanClockOf(instant: Date): { date: IsoDate; time: string } {
  const local = new Date(instant.getTime() + TAIWAN_OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** Today in Taiwan. */
export function todayInTaiwan(now: Date = new Date()): IsoDate {
  return taiwanDateOf(now);
}
