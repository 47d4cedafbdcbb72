import { describe, expect, it } from 'vitest';
import {
  formatRocDate,
  formatRocYear,
  formatRocPeriod,
  gregorianYear,
  parsePeriod,
  parseRocDate,
  parseRocPeriod,
  rocYear,
} from './roc-date.js';
import { expectRefusal } from './test-support/thrown.js';

describe('rocYear and gregorianYear', () => {
  it('count ROC years from 1912', () => {
    expect(rocYear(2023)).toBe(112);
    expect(rocYear(1912)).toBe(1);
    expect(gregorianYear(112)).toBe(2023);
    expect(gregorianYear(1)).toBe(1912);
  });

  it('refuse years before the Republic', () => {
    expect(() => rocYear(1911)).toThrow(RangeError);
    expect(() => gregorianYear(0)).toThrow(RangeError);
    expect(() => gregorianYear(-3)).toThrow(RangeError);
  });
});

describe('parseRocDate', () => {
  it.each([
    '112年11月9日',
    '112.11.09',
    '112.11.9',
    '112/11/09',
    '112-11-09',
    ' 112 年 11 月 9 日 ',
    '112 / 11 / 09',
    '１１２年１１月９日',
    '１１２．１１．０９',
  ])('reads "%s" as 2023-11-09', (text) => {
    expect(parseRocDate(text, 'date')).toBe('2023-11-09');
  });

  it('accepts February 29 in a leap year (113 is 2024)', () => {
    expect(parseRocDate('113.02.29', 'date')).toBe('2024-02-29');
    expect(parseRocDate('89.02.29', 'date')).toBe('2000-02-29');
  });

  it.each([
    ['112.02.29', /112年2月 has days 1–28/],
    ['189.02.29', /189年2月 has days 1–28/],
    ['112.00.10', /month 0/],
    ['112.13.01', /month 13/],
    ['112.01.00', /day 0/],
    ['112.01.32', /day 32/],
    ['0.01.01', /ROC year 0/],
    ['000年1月1日', /ROC year 0/],
    ['-1.01.01', /not a ROC date/],
    ['2023.11.09', /looks Gregorian; write the ROC year 112/],
    ['1500.01.01', /at most 3 digits/],
    ['112.11/09', /not a ROC date/],
    ['112年11月', /not a ROC date/],
    ['1 12.11.09', /not a ROC date/],
    ['', /not a ROC date/],
  ])('refuses "%s", naming the field and the text', (text, reason) => {
    expectRefusal(() => parseRocDate(text, 'results[0].date'), 'results[0].date', text);
    expect(() => parseRocDate(text, 'results[0].date')).toThrow(reason);
  });
});

describe('parseRocPeriod', () => {
  it.each([
    ['110年', '2021-01-01', '2021-12-31'],
    ['110', '2021-01-01', '2021-12-31'],
    ['112/9', '2023-09-01', '2023-09-30'],
    ['112年9月', '2023-09-01', '2023-09-30'],
    ['113年2月', '2024-02-01', '2024-02-29'],
    ['112年1–9月', '2023-01-01', '2023-09-30'],
    ['112年1-9月', '2023-01-01', '2023-09-30'],
    ['112/1~9月', '2023-01-01', '2023-09-30'],
    ['112/1~9', '2023-01-01', '2023-09-30'],
    ['112年1~9月', '2023-01-01', '2023-09-30'],
    ['112年1～9月', '2023-01-01', '2023-09-30'],
    ['112年1—9月', '2023-01-01', '2023-09-30'],
    ['112年1〜9月', '2023-01-01', '2023-09-30'],
    ['112年1月至9月', '2023-01-01', '2023-09-30'],
    ['110~112/9', '2021-01-01', '2023-09-30'],
    ['110~112年9月', '2021-01-01', '2023-09-30'],
    ['110~112', '2021-01-01', '2023-12-31'],
    ['110–112年', '2021-01-01', '2023-12-31'],
    ['110-112', '2021-01-01', '2023-12-31'],
    ['110年1月~112年9月', '2021-01-01', '2023-09-30'],
    ['112.01.01~112.09.30', '2023-01-01', '2023-09-30'],
    ['112年1月1日~112年9月30日', '2023-01-01', '2023-09-30'],
    ['112.01.01-112.09.30', '2023-01-01', '2023-09-30'],
    ['112-01-01-112-09-30', '2023-01-01', '2023-09-30'],
    [' １１２年 １ ～ ９ 月 ', '2023-01-01', '2023-09-30'],
    ['2021-01-01/2021-12-31', '2021-01-01', '2021-12-31'],
  ])('reads "%s" as %s..%s', (text, start, end) => {
    expect(parseRocPeriod(text, 'period')).toEqual({ start, end });
  });

  it.each([
    ['112年9–1月', /ends \(112年1月31日\) before it starts \(112年9月1日\)/],
    ['112~110', /ends .* before it starts/],
    ['112.09.30~112.01.01', /ends .* before it starts/],
    ['112年13月', /month 13/],
    ['112/0', /month 0/],
    ['112年1~13月', /month 13/],
    ['0年', /ROC year 0/],
    ['2021~2023', /looks Gregorian/],
    ['2021-12-31/2021-01-01', /ends \(2021-01-01\) before it starts/],
    ['2021-01-01/2021-02-30', /not a real date/],
    ['112.11.09', /single date/],
    ['110~112~113', /more than one range mark/],
    ['112年1月~', /not a period/],
    ['~112', /not a period/],
    ['110~9月', /not a period/],
    ['112.01.01~09.30', /not a period/],
    ['last year', /not a period/],
    ['', /not a period/],
  ])('refuses "%s", naming the field and the text', (text, reason) => {
    expectRefusal(() => parseRocPeriod(text, 'results[2].period'), 'results[2].period', text);
    expect(() => parseRocPeriod(text, 'results[2].period')).toThrow(reason);
  });
});

describe('parsePeriod', () => {
  it('reads ROC and ISO periods alike', () => {
    expect(parsePeriod('112年1–9月', 'period')).toEqual({ start: '2023-01-01', end: '2023-09-30' });
    expect(parsePeriod('2023-01-01/2023-09-30', 'period')).toEqual({
      start: '2023-01-01',
      end: '2023-09-30',
    });
  });

  it('names the field when it refuses', () => {
    expectRefusal(
      () => parsePeriod('112年9–1月', 'rows[4].period'),
      'rows[4].period',
      '112年9–1月',
    );
  });
});

describe('formatRocDate', () => {
  it('writes the long form without padding and the dotted form with it', () => {
    expect(formatRocDate('2023-11-09')).toBe('112年11月9日');
    expect(formatRocDate('2023-11-09', 'long')).toBe('112年11月9日');
    expect(formatRocDate('2023-11-09', 'dotted')).toBe('112.11.09');
    expect(formatRocDate('1912-01-01', 'dotted')).toBe('1.01.01');
  });

  it('refuses days before ROC year 1', () => {
    expect(() => formatRocDate('1911-12-31')).toThrow(RangeError);
  });

  it.each(['112年11月9日', '112.11.09'])('reads back what it writes: %s', (text) => {
    const iso = parseRocDate(text, 'date');
    expect(formatRocDate(iso, text.includes('.') ? 'dotted' : 'long')).toBe(text);
  });
});

describe('formatRocPeriod', () => {
  it.each([
    ['a whole year', '2021-01-01', '2021-12-31', '110年'],
    ['one month', '2023-09-01', '2023-09-30', '112年9月'],
    ['months inside a year', '2023-01-01', '2023-09-30', '112年1–9月'],
    ['whole years', '2021-01-01', '2023-12-31', '110–112年'],
    ['months across years', '2021-01-01', '2023-09-30', '110年1月–112年9月'],
    ['a leap February', '2024-02-01', '2024-02-29', '113年2月'],
    ['days', '2023-01-05', '2023-09-30', '112年1月5日–112年9月30日'],
    ['a single day', '2023-01-05', '2023-01-05', '112年1月5日–112年1月5日'],
    [
      'a February that stops short of the leap day',
      '2024-02-01',
      '2024-02-28',
      '113年2月1日–113年2月28日',
    ],
  ])('writes %s in the shortest form', (_name, start, end, text) => {
    expect(formatRocPeriod({ start, end })).toBe(text);
  });

  it.each([
    '110年',
    '112年9月',
    '112年1–9月',
    '110–112年',
    '110年1月–112年9月',
    '112年1月5日–112年9月30日',
  ])('reads back its canonical form %s', (text) => {
    expect(formatRocPeriod(parseRocPeriod(text, 'period'))).toBe(text);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => formatRocPeriod({ start: '2023-09-30', end: '2023-01-01' })).toThrow(RangeError);
  });
});

describe('formatRocYear', () => {
  it('writes a year as Taiwan counts it', () => {
    expect(formatRocYear(2021)).toBe('110年');
    expect(formatRocYear(1912)).toBe('1年');
    expect(() => formatRocYear(1911)).toThrow(RangeError);
  });
});
