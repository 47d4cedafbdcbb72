import { dayNumber, yearOf, type IsoDate } from './dates.js';
import { NetZeroError } from './errors.js';

/**
 * One year of the central government's office calendar (行政院人事行政總處 公布之政府行政機關
 * 辦公日曆表), as data: the weekdays it gives off (national holidays, 補假, 調整放假) and the
 * weekend days it makes working days (補行上班). Every other Saturday and Sunday is off, every
 * other weekday is a working day. The files live in data/calendars/, one a year.
 */
export interface OfficeCalendar {
  year: number;
  /** False while the year's days are not confirmed from a source: deadlines refuse to use it. */
  verified: boolean;
  daysOff: readonly NamedDay[];
  workingDays: readonly NamedDay[];
}

export interface NamedDay {
  date: IsoDate;
  name: string;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 (day 0) was a Thursday. @example weekday('2023-11-09') // 4 */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

const WEEKEND_NAMES: Record<number, string> = { 0: '星期日', 6: '星期六' };

/** Working days over the years whose calendars are loaded; any other year is refused, not guessed. */
export interface WorkingCalendar {
  /** Whether offices work on `date`. */
  isWorkingDay(date: IsoDate, path?: string): boolean;
  /** Why offices are closed on `date` (the holiday's name, 星期六, 星期日), or undefined. */
  dayOffReason(date: IsoDate, path?: string): string | undefined;
}

interface YearDays {
  verified: boolean;
  off: Map<IsoDate, string>;
  working: Set<IsoDate>;
}

/** Why a day cannot be counted: its year has no calendar, or one not yet confirmed. */
export const calendarGapCodes = ['calendar.year_missing', 'calendar.year_unverified'] as const;
export type CalendarGapCode = (typeof calendarGapCodes)[number];

/** VALIDATION_FAILED at `path`, coded so a caller can tell a calendar gap from other refusals. */
function calendarGap(path: string, code: CalendarGapCode, year: number, message: string) {
  return new NetZeroError('VALIDATION_FAILED', `${path}: ${message}`, [
    { path, message, code, params: { year } },
  ]);
}

/** The year and reason when `error` is a calendar gap (calendarGap), else undefined. */
export function calendarGapOf(
  error: unknown,
): { code: CalendarGapCode; year: number; message: string } | undefined {
  if (!(error instanceof NetZeroError)) return undefined;
  const issue = error.issues[0];
  const code = calendarGapCodes.find((c) => c === issue?.code);
  const year = issue?.params?.year;
  return code && typeof year === 'number'
    ? { code, year, message: issue?.message ?? '' }
    : undefined;
}

/**
 * Indexes the loaded calendars. A date in a year with no calendar, or with one marked
 * unverified, is a VALIDATION_FAILED naming the year: a wrong deadline is worse than none.
 * @example createWorkingCalendar([calendar2023]).dayOffReason('2023-09-29') // '中秋節'
 */
export function createWorkingCalendar(calendars: readonly OfficeCalendar[]): WorkingCalendar {
  const years = new Map<number, YearDays>();
  for (const calendar of calendars) {
    if (years.has(calendar.year)) throw new RangeError(`two office calendars for ${calendar.year}`);
    years.set(calendar.year, {
      verified: calendar.verified,
      off: new Map(calendar.daysOff.map((d) => [d.date, d.name])),
      working: new Set(calendar.workingDays.map((d) => d.date)),
    });
  }
  const loaded = [...years.keys()].sort((a, b) => a - b).join(', ') || 'none';

  const daysOf = (date: IsoDate, path: string): YearDays => {
    const year = yearOf(date);
    const days = years.get(year);
    if (!days)
      throw calendarGap(
        path,
        'calendar.year_missing',
        year,
        `${date} is in ${year}, which has no office calendar (政府行政機關辦公日曆表) loaded; loaded years: ${loaded}. Add that year's calendar before counting days in it.`,
      );
    if (!days.verified)
      throw calendarGap(
        path,
        'calendar.year_unverified',
        year,
        `the office calendar of ${year} is marked unverified: its holidays are not confirmed, so no deadline is counted on it`,
      );
    return days;
  };

  const dayOffReason = (date: IsoDate, path = 'date'): string | undefined => {
    const days = daysOf(date, path);
    if (days.working.has(date)) return undefined;
    return days.off.get(date) ?? WEEKEND_NAMES[weekday(date)];
  };

  return {
    dayOffReason,
    isWorkingDay: (date, path) => dayOffReason(date, path) === undefined,
  };
}
