import { Decimal } from '../decimal.js';
import { compareDates, dayNumber, isLeapYear, type IsoDate } from '../dates.js';

/** The same month and day in `year` (29 February falls back to the 28th in common years). */
function anniversary(date: IsoDate, year: number): IsoDate {
  const month = date.slice(5, 7);
  let day = date.slice(8, 10);
  if (month === '02' && day === '29' && !isLeapYear(year)) day = '28';
  return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

/**
 * Years from `from` to `to` as an exact decimal: whole years counted by anniversaries, plus the
 * share of the current year in days. Zero when `to` is not after `from`.
 * @example yearsElapsed('2020-12-31', '2023-09-30') // 2 + 273/365
 */
export function yearsElapsed(from: IsoDate, to: IsoDate): Decimal {
  if (compareDates(to, from) <= 0) return new Decimal(0);
  const startYear = Number(from.slice(0, 4));
  let whole = 0;
  while (compareDates(anniversary(from, startYear + whole + 1), to) <= 0) whole++;
  const last = anniversary(from, startYear + whole);
  const next = anniversary(from, startYear + whole + 1);
  const fraction = new Decimal(dayNumber(to) - dayNumber(last)).dividedBy(
    dayNumber(next) - dayNumber(last),
  );
  return fraction.plus(whole);
}
