import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dateParts,
  dayNumber,
  daysInclusive,
  daysInMonth,
  elapsedShare,
  endOfYear,
  formatPeriodIso,
  fromDayNumber,
  isLeapYear,
  isWithin,
  taiwanClockOf,
  taiwanDateOf,
  todayInTaiwan,
  overlapDays,
  parseIsoDate,
  parseIsoPeriod,
  startOfYear,
  toIsoDate,
  yearOf,
  yearPeriod,
} from './dates.js';
import { expectRefusal } from './test-support/thrown.js';

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [2100, false],
    [1900, false],
  ])('says %i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it('gives February 29 days only in leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(() => daysInMonth(2023, 13)).toThrow(RangeError);
  });
});

describe('parseIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2021-12-31', '0001-01-01', '9999-12-31'])(
    'accepts the real day %s',
    (text) => {
      expect(parseIsoDate(text, 'asOf')).toBe(text);
    },
  );

  it('trims surrounding spaces', () => {
    expect(parseIsoDate(' 2021-04-30 ', 'asOf')).toBe('2021-04-30');
  });

  it.each([
    '2023-02-29',
    '2100-02-29',
    '2021-13-01',
    '2021-00-10',
    '2021-04-31',
    '2021-01-00',
    '0000-01-01',
  ])('refuses the impossible day %s and names the field', (text) => {
    expectRefusal(() => parseIsoDate(text, 'plans[0].asOf'), 'plans[0].asOf', text);
  });

  it.each(['', '2021-1-01', '21-01-01', '2021/01/01', '2021-01-01T00:00', 'today', '20210101'])(
    'refuses the shape "%s" and names the field',
    (text) => {
      expectRefusal(() => parseIsoDate(text, '--as-of'), '--as-of', text);
    },
  );
});

describe('parseIsoPeriod', () => {
  it('reads an interval with both ends inclusive', () => {
    expect(parseIsoPeriod('2021-01-01/2021-12-31', 'period')).toEqual(yearPeriod(2021));
  });

  it('accepts a single-day period', () => {
    expect(parseIsoPeriod('2021-03-04/2021-03-04', 'p')).toEqual({
      start: '2021-03-04',
      end: '2021-03-04',
    });
  });

  it.each([
    '2021-12-31/2021-01-01',
    '2021-01-01',
    '2021-01-01/2021-06-30/2021-12-31',
    '2021-01-01/2023-02-29',
    '2021-01-01/',
    '2021-01-01~2021-12-31',
  ])('refuses "%s" and names the field', (text) => {
    expectRefusal(() => parseIsoPeriod(text, 'results[3].period'), 'results[3].period', text);
  });

  it('says which end is out of order', () => {
    expect(() => parseIsoPeriod('2021-12-31/2021-01-01', 'p')).toThrow(
      /ends \(2021-01-01\) before it starts \(2021-12-31\)/,
    );
  });
});

describe('dayNumber and fromDayNumber', () => {
  it('count days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01')).toBe(11_017);
    expect(fromDayNumber(19_630)).toBe('2023-09-30');
  });

  it('agree with Date.UTC and round-trip on every day from 1800 to 2200', () => {
    const first = Date.UTC(1800, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    for (let n = first; n <= last; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== iso || dayNumber(iso) !== n)
        throw new Error(`day ${n} (${iso}) is wrong`);
    }
    expect(fromDayNumber(last)).toBe('2200-12-31');
  });

  it('cover years 1 to 9999 and refuse days outside them', () => {
    expect(fromDayNumber(dayNumber('0001-01-01'))).toBe('0001-01-01');
    expect(fromDayNumber(dayNumber('9999-12-31'))).toBe('9999-12-31');
    expect(() => fromDayNumber(dayNumber('0001-01-01') - 1)).toThrow(RangeError);
    expect(() => fromDayNumber(dayNumber('9999-12-31') + 1)).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });

  it('treat a malformed date as a programming error', () => {
    expect(() => dayNumber('2023-02-29')).toThrow(RangeError);
    expect(() => dateParts('2023-9-30')).toThrow(RangeError);
    expect(() => toIsoDate(2023, 2, 29)).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across a leap day, a year end and backwards', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
  });

  it('counts both ends of a period', () => {
    expect(daysInclusive(yearPeriod(2024))).toBe(366);
    expect(daysInclusive(yearPeriod(2023))).toBe(365);
    expect(daysInclusive({ start: '2023-05-05', end: '2023-05-05' })).toBe(1);
  });

  it('orders dates for sort', () => {
    expect(['2023-01-02', '2021-05-01', '2022-12-31'].sort(compareDates)).toEqual([
      '2021-05-01',
      '2022-12-31',
      '2023-01-02',
    ]);
    expect(compareDates('2021-05-01', '2021-05-01')).toBe(0);
  });

  it('treats both ends of a period as within it', () => {
    const year = yearPeriod(2021);
    expect(isWithin('2021-01-01', year)).toBe(true);
    expect(isWithin('2021-12-31', year)).toBe(true);
    expect(isWithin('2020-12-31', year)).toBe(false);
    expect(isWithin('2022-01-01', year)).toBe(false);
  });

  it('names years and their first and last days', () => {
    expect(yearOf('2023-09-30')).toBe(2023);
    expect(startOfYear(2021)).toBe('2021-01-01');
    expect(endOfYear(2021)).toBe('2021-12-31');
    expect(formatPeriodIso(yearPeriod(2021))).toBe('2021-01-01/2021-12-31');
  });

  it.each([
    ['disjoint periods', { start: '2022-01-01', end: '2022-03-31' }, 0],
    ['periods that touch on one day', { start: '2021-12-31', end: '2022-01-05' }, 1],
    ['a period inside the year', { start: '2021-02-01', end: '2021-02-28' }, 28],
    ['a period over the year end', { start: '2021-12-01', end: '2022-06-30' }, 31],
    ['a period around the year', { start: '2020-06-01', end: '2022-06-30' }, 365],
  ])('counts the overlap of %s with 2021', (_name, period, days) => {
    expect(overlapDays(yearPeriod(2021), period)).toBe(days);
    expect(overlapDays(period, yearPeriod(2021))).toBe(days);
  });
});

describe('elapsedShare', () => {
  const plan = { start: '2021-01-01', end: '2025-12-31' };

  it('counts the as-of day as elapsed: 1003 of 1826 days by 2023-09-30', () => {
    expect(elapsedShare(plan, '2023-09-30')).toEqual({ elapsedDays: 1003, totalDays: 1826 });
  });

  it.each([
    ['before the start', '2020-12-31', 0],
    ['on the first day', '2021-01-01', 1],
    ['on the last day', '2025-12-31', 1826],
    ['after the end', '2030-06-30', 1826],
  ])('clamps %s', (_name, asOf, elapsedDays) => {
    expect(elapsedShare(plan, asOf)).toEqual({ elapsedDays, totalDays: 1826 });
  });
});

describe('taiwanDateOf', () => {
  it('turns the date over at midnight in Taipei, 16:00 UTC', () => {
    expect(taiwanDateOf(new Date('2023-09-30T15:59:59.999Z'))).toBe('2023-09-30');
    expect(taiwanDateOf(new Date('2023-09-30T16:00:00Z'))).toBe('2023-10-01');
  });

  it('agrees with the time-zone database for instants across years', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' });
    for (let ms = Date.UTC(1990, 0, 1); ms < Date.UTC(2060, 0, 1); ms += 86_400_000 * 7.37)
      expect(taiwanDateOf(new Date(ms))).toBe(zone.format(new Date(ms)));
  });
});

describe('todayInTaiwan and taiwanClockOf', () => {
  it('takes today in Taiwan, which starts eight hours before UTC midnight', () => {
    expect(todayInTaiwan(new Date('2023-09-30T15:59:59Z'))).toBe('2023-09-30');
    expect(todayInTaiwan(new Date('2023-09-30T16:00:00Z'))).toBe('2023-10-01');
  });

  it('gives the date and the wall-clock time in Taipei, across the date line', () => {
    expect(taiwanClockOf(new Date('2023-11-23T17:04:00.000Z'))).toEqual({
      date: '2023-11-24',
      time: '01:04',
    });
    expect(taiwanClockOf(new Date('2023-11-23T07:04:59Z'))).toEqual({
      date: '2023-11-23',
      time: '15:04',
    });
  });
});
