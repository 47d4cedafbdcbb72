import { z } from 'zod';
import { dayNumber, endOfYear, fromDayNumber, startOfYear, yearOf } from '../core/dates.js';
import { NetZeroError, type Issue } from '../core/errors.js';
import { weekday, type OfficeCalendar } from '../core/office-calendar.js';
import { rocYear } from '../core/roc-date.js';
import { isoDate, notes, text, year } from './primitives.js';

/**
 * One year of the government office calendar, `netzero-office-calendar/1` (data/calendars/).
 * The file lists only what differs from an ordinary week, and cites where its days come from.
 */
const namedDay = z.strictObject({ date: isoDate, name: text });
const citation = z.strictObject({
  publisher: text,
  title: text,
  date: isoDate.optional(),
  reference: text.optional(),
  url: z.url().nullable(),
  notes,
});

export const officeCalendarSchema = z.strictObject({
  format: z.literal('netzero-office-calendar/1'),
  year,
  rocYear: z.int().min(1),
  verified: z.boolean(),
  source: citation,
  confirmedBy: z.array(citation).default([]),
  /** The total of days off the calendar announces, when it does: checked against the days. */
  publishedDaysOff: z.int().min(0).max(366).nullable(),
  daysOff: z.array(namedDay),
  workingDays: z.array(namedDay),
  notes,
});
export type OfficeCalendarDocument = z.infer<typeof officeCalendarSchema>;

/**
 * Checks a calendar file — shape, then meaning — and returns the core's OfficeCalendar. Each
 * listed day must be in the year, listed once, a weekday if off and a weekend day if worked
 * (anything else would change nothing and hide a typo), and the days off must add up to the
 * total the calendar announces. Every problem is reported with its path.
 */
export function validateOfficeCalendar(input: unknown, path = 'calendar'): OfficeCalendar {
  const parsed = officeCalendarSchema.safeParse(input);
  if (!parsed.success) {
    throw failure(
      path,
      parsed.error.issues.map((issue) => ({
        path: [path, ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    );
  }
  const doc = parsed.data;
  const issues: Issue[] = [];
  if (doc.year > 1911 && doc.rocYear !== rocYear(doc.year)) {
    issues.push({
      path: `${path}.rocYear`,
      message: `ROC year of ${doc.year} is ${rocYear(doc.year)}, not ${doc.rocYear}`,
    });
  }
  const seen = new Set<string>();
  const checkDays = (days: readonly { date: string }[], key: string, weekend: boolean) => {
    days.forEach(({ date }, i) => {
      const at = `${path}.${key}[${i}]`;
      if (yearOf(date) !== doc.year)
        issues.push({ path: at, message: `${date} is not in ${doc.year}` });
      if (seen.has(date)) issues.push({ path: at, message: `${date} is listed twice` });
      seen.add(date);
      const isWeekend = [0, 6].includes(weekday(date));
      if (isWeekend !== weekend) {
        issues.push({
          path: at,
          message: weekend
            ? `${date} is a weekday: only a Saturday or Sunday can be made a working day`
            : `${date} is a Saturday or Sunday, off anyway: list only weekdays off`,
        });
      }
    });
  };
  checkDays(doc.daysOff, 'daysOff', false);
  checkDays(doc.workingDays, 'workingDays', true);
  const total = weekendDays(doc.year) + doc.daysOff.length - doc.workingDays.length;
  if (doc.publishedDaysOff !== null && total !== doc.publishedDaysOff) {
    issues.push({
      path: `${path}.publishedDaysOff`,
      message: `the days listed give ${total} days off, the calendar announces ${doc.publishedDaysOff}`,
    });
  }
  if (issues.length) throw failure(path, issues);
  return {
    year: doc.year,
    verified: doc.verified,
    daysOff: doc.daysOff,
    workingDays: doc.workingDays,
  };
}

function weekendDays(year: number): number {
  let count = 0;
  for (let n = dayNumber(startOfYear(year)); n <= dayNumber(endOfYear(year)); n++) {
    if ([0, 6].includes(weekday(fromDayNumber(n)))) count++;
  }
  return count;
}

function failure(path: string, issues: Issue[]): NetZeroError {
  const shown = issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  return new NetZeroError(
    'VALIDATION_FAILED',
    `The office calendar ${path} has ${issues.length} problem(s): ${shown}`,
    issues,
  );
}
