import { describe, expect, it } from 'vitest';
import { figurePrecision, formatDecimal, formatTenThousandTonnes, percentOf } from './numbers.js';

describe('formatDecimal', () => {
  it('groups the whole part and keeps every fraction digit of the exact string', () => {
    expect(formatDecimal('4647300.00')).toBe('4,647,300.00');
    expect(formatDecimal('-1234.5')).toBe('-1,234.5');
    expect(formatDecimal('750')).toBe('750');
    expect(formatDecimal('0.0001')).toBe('0.0001');
  });

  it('rounds half up in decimal, carrying into the whole part', () => {
    expect(formatDecimal('411.966', 1)).toBe('412.0');
    expect(formatDecimal('999.995', 2)).toBe('1,000.00');
    expect(formatDecimal('12345678901234567890.125', 2)).toBe('12,345,678,901,234,567,890.13');
  });
});

describe('formatTenThousandTonnes', () => {
  it('prints tonnes in 萬公噸 as the city reports do', () => {
    expect(formatTenThousandTonnes('4647300.00')).toBe('464.73');
    expect(formatTenThousandTonnes('50937300')).toBe('5,093.73');
  });

  it('rounds half up to two decimals, as the reports print 萬公噸', () => {
    // The overview's rounding bound: 1,850 t is ±0.19 萬公噸, as the report's text says.
    expect(formatTenThousandTonnes('1850')).toBe('0.19');
    expect(formatTenThousandTonnes('-2333760')).toBe('-233.38');
    expect(formatTenThousandTonnes('51853760')).toBe('5,185.38');
    expect(formatTenThousandTonnes('100.00')).toBe('0.01');
  });
});

describe('figurePrecision', () => {
  it('is the most fraction digits among the figures, ignoring missing ones', () => {
    expect(figurePrecision(['750', '836', null])).toBe(0);
    expect(figurePrecision(['30.6', '134.7', '60.8'])).toBe(1);
    expect(figurePrecision(['1', '0.25', '3.5'])).toBe(2);
    expect(figurePrecision([])).toBe(0);
  });
});

describe('percentOf', () => {
  it('gives the share with one decimal, and 0 of a zero whole', () => {
    expect(percentOf('4647300.00', '2170000.00')).toBe('214.2');
    expect(percentOf('1', '3')).toBe('33.3');
    expect(percentOf('5', '0')).toBe('0');
  });
});
