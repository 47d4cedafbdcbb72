import { invalid, type NetZeroError } from './errors.js';
import {
  compareDates,
  dateParts,
  daysInMonth,
  parseIsoPeriod,
  toIsoDate,
  type IsoDate,
  type Period,
} from './dates.js';

/** Taiwan counts years from the founding of the Republic: ROC 1 = 1912, so ROC = Gregorian − 1911. */
const ROC_OFFSET = 1911;

/** @example rocYear(2023) // 112 */
export function rocYear(gregorianYear: number): number {
  if (!Number.isInteger(gregorianYear) || gregorianYear <= ROC_OFFSET) {
    throw new RangeError(`${gregorianYear} has no ROC year: ROC 1 is 1912`);
  }
  return gregorianYear - ROC_OFFSET;
}

/** A year as Taiwan writes it. @example formatRocYear(2021) // '110年' */
export function formatRocYear(gregorianYear: number): string {
  return `${rocYear(gregorianYear)}年`;
}

/** @example gregorianYear(112) // 2023 */
export function gregorianYear(year: number): number {
  if (!Number.isInteger(year) || year < 1) {
    throw new RangeError(`ROC year ${year} does not exist: ROC years start at 1 (1912)`);
  }
  return year + ROC_OFFSET;
}

type Fail = (reason: string) => NetZeroError;
type Unit = 'year' | 'month' | 'day';
/** The days one written date, month or year covers; `year` is Gregorian. */
interface Span extends Period {
  unit: Unit;
  year: number;
}

const DATE_FORMS = [
  /^(\d+)年(\d+)月(\d+)日$/,
  /^(\d+)\.(\d+)\.(\d+)$/,
  /^(\d+)\/(\d+)\/(\d+)$/,
  /^(\d+)-(\d+)-(\d+)$/,
];
const MONTH_FORMS = [/^(\d+)年(\d+)月?$/, /^(\d+)\/(\d+)月?$/];
const YEAR_FORM = /^(\d+)年?$/;
/** A bare month ('9', '9月') ends a range whose start named the year: '112年1–9月'. */
const MONTH_OF_START_YEAR = /^(\d+)月?$/;
const RANGE_MARKS = /[~〜–—―至]/;
const DATE_SHAPES = '112年11月9日, 112.11.09, 112/11/09 or 112-11-09';
const PERIOD_SHAPES =
  '110年, 112年9月, 112年1–9月, 110~112年9月, 112.01.01~112.09.30 or 2021-01-01/2021-12-31';

function failFor(text: string, path: string): Fail {
  return (reason) => invalid(path, `"${text}" ${reason}`);
}

/** Spreadsheets and forms mix full-width digits and stray spaces into otherwise good dates. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/\s*([^\d\s])\s*/g, '$1');
}

function firstMatch(text: string, forms: readonly RegExp[]): string[] | undefined {
  for (const form of forms) {
    const match = form.exec(text);
    if (match) return match.slice(1);
  }
  return undefined;
}

function yearFrom(digits: string | undefined, fail: Fail): number {
  const year = Number(digits);
  // A four-digit year is almost always a Gregorian year typed into a ROC column; guessing which
  // was meant would silently shift data by 1911 years, so refuse it.
  if (year > ROC_OFFSET) {
    throw fail(`has year ${year}, which looks Gregorian; write the ROC year ${year - ROC_OFFSET}`);
  }
  if (year >= 1000) throw fail(`has ROC year ${year}; ROC years have at most 3 digits`);
  // ROC dates before 1912 do not exist; refuse them here so imports fail loudly.
  if (year < 1) throw fail(`has ROC year ${year}; ROC years start at 1 (1912)`);
  return year + ROC_OFFSET;
}

function monthFrom(digits: string | undefined, fail: Fail): number {
  const month = Number(digits);
  if (month < 1 || month > 12) throw fail(`has month ${month}; months run from 1 to 12`);
  return month;
}

function yearSpan(year: number): Span {
  return { unit: 'year', year, start: toIsoDate(year, 1, 1), end: toIsoDate(year, 12, 31) };
}

function monthSpan(year: number, monthDigits: string | undefined, fail: Fail): Span {
  const month = monthFrom(monthDigits, fail);
  const last = daysInMonth(year, month);
  return {
    unit: 'month',
    year,
    start: toIsoDate(year, month, 1),
    end: toIsoDate(year, month, last),
  };
}

function daySpan([y, m, d]: readonly string[], fail: Fail): Span {
  const year = yearFrom(y, fail);
  const month = monthFrom(m, fail);
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    throw fail(`has day ${day}; ${year - ROC_OFFSET}年${month}月 has days 1–${last}`);
  }
  const date = toIsoDate(year, month, day);
  return { unit: 'day', year, start: date, end: date };
}

/** Reads one end of a period; `start` lets the end borrow its year ('112年1–9月'). */
function readSpan(text: string, fail: Fail, start?: Span): Span | undefined {
  const date = firstMatch(text, DATE_FORMS);
  if (date) return daySpan(date, fail);
  const month = firstMatch(text, MONTH_FORMS);
  if (month) return monthSpan(yearFrom(month[0], fail), month[1], fail);
  const bareMonth = start?.unit === 'month' ? MONTH_OF_START_YEAR.exec(text) : null;
  if (start && bareMonth) return monthSpan(start.year, bareMonth[1], fail);
  const year = YEAR_FORM.exec(text);
  return year ? yearSpan(yearFrom(year[1], fail)) : undefined;
}

/**
 * Splits at the range mark. '-' also separates date parts, which come in pairs, so a '-' marks
 * the range only when it is the odd one out ('112年1-9月', '112-01-01-112-09-30').
 */
function splitRange(text: string, fail: Fail): string[] {
  const pieces = text.split(RANGE_MARKS);
  if (pieces.length > 2) throw fail('has more than one range mark (write start~end)');
  if (pieces.length === 2) return pieces;
  const parts = text.split('-');
  if (parts.length === 2) return parts;
  if (parts.length === 6) return [parts.slice(0, 3).join('-'), parts.slice(3).join('-')];
  return [text];
}

/**
 * Reads a ROC date in any of the forms found in Taiwanese government files.
 * @example parseRocDate('112年11月9日', 'results[0].date') // '2023-11-09'
 */
export function parseRocDate(text: string, path: string): IsoDate {
  const fail = failFor(text, path);
  const parts = firstMatch(normalise(text), DATE_FORMS);
  if (!parts) throw fail(`is not a ROC date (write ${DATE_SHAPES})`);
  return daySpan(parts, fail).start;
}

/**
 * Reads a ROC year, month, month range, year range or date range, or an ISO interval. A range
 * runs from the first day of its start to the last day of its end.
 * @example parseRocPeriod('110~112/9', 'period') // { start: '2021-01-01', end: '2023-09-30' }
 */
export function parseRocPeriod(text: string, path: string): Period {
  const normalised = normalise(text);
  // ROC years have at most three digits, so four digits and a dash can only start an ISO date.
  if (/^\d{4}-/.test(normalised)) return parseIsoPeriod(normalised, path);
  const fail = failFor(text, path);
  const shapeError = () => fail(`is not a period (write ${PERIOD_SHAPES})`);
  const [startText = '', endText] = splitRange(normalised, fail);
  const first = readSpan(startText, fail);
  if (!first) throw shapeError();
  if (endText === undefined) {
    if (first.unit === 'day')
      throw fail('is a single date, not a period (write 112.01.01~112.09.30)');
    return { start: first.start, end: first.end };
  }
  const last = readSpan(endText, fail, first);
  if (!last) throw shapeError();
  if (compareDates(last.end, first.start) < 0) {
    throw fail(
      `ends (${formatRocDate(last.end)}) before it starts (${formatRocDate(first.start)})`,
    );
  }
  return { start: first.start, end: last.end };
}

/**
 * The period reader importers call: any form `parseRocPeriod` takes, ROC or ISO.
 * @example parsePeriod('2021-01-01/2021-12-31', 'period') // { start: '2021-01-01', end: '2021-12-31' }
 */
export function parsePeriod(text: string, path: string): Period {
  return parseRocPeriod(text, path);
}

/** @example formatRocDate('2023-11-09') // '112年11月9日'; with 'dotted': '112.11.09' */
export function formatRocDate(date: IsoDate, style: 'long' | 'dotted' = 'long'): string {
  const { year, month, day } = dateParts(date);
  const roc = rocYear(year);
  if (style === 'dotted') {
    return `${roc}.${String(month).padStart(2, '0')}.${String(day).padStart(2, '0')}`;
  }
  return `${roc}年${month}月${day}日`;
}

/**
 * The shortest ROC text that names exactly the period; `parseRocPeriod` reads it back.
 * @example formatRocPeriod({ start: '2023-01-01', end: '2023-09-30' }) // '112年1–9月'
 */
export function formatRocPeriod(period: Period): string {
  if (compareDates(period.end, period.start) < 0) {
    throw new RangeError(`period ${period.start}/${period.end} ends before it starts`);
  }
  const start = dateParts(period.start);
  const end = dateParts(period.end);
  const [from, to] = [rocYear(start.year), rocYear(end.year)];
  const wholeMonths = start.day === 1 && end.day === daysInMonth(end.year, end.month);
  if (!wholeMonths) return `${formatRocDate(period.start)}–${formatRocDate(period.end)}`;
  if (start.month === 1 && end.month === 12) return from === to ? `${from}年` : `${from}–${to}年`;
  if (from !== to) return `${from}年${start.month}月–${to}年${end.month}月`;
  if (start.month === end.month) return `${from}年${start.month}月`;
  return `${from}年${start.month}–${end.month}月`;
}
