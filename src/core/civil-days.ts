/**
 * Gregorian dates to and from day numbers (days since 1970-01-01), for dates.ts only: everyone
 * else calls `dayNumber` and `fromDayNumber`, which validate their input.
 *
 * Howard Hinnant's civil-calendar arithmetic (400-year eras of 146097 days) instead of `Date`, so
 * no time zone and no two-digit-year quirk of `Date.UTC` can shift a day.
 */
const DAYS_TO_EPOCH = 719_468; // days from 0000-03-01 to 1970-01-01
const DAYS_PER_ERA = 146_097;

/** @example civilToDays(1970, 1, 2) // 1 */
export function civilToDays(year: number, month: number, day: number): number {
  // Counting years from March puts the leap day last, so month lengths need no table.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - DAYS_TO_EPOCH;
}

/** @example daysToCivil(-1) // { year: 1969, month: 12, day: 31 } */
export function daysToCivil(n: number): { year: number; month: number; day: number } {
  const z = n + DAYS_TO_EPOCH;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
