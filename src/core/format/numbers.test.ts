import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal.js';
import {
  figurePrecision,
  formatDecimal,
  formatNumber,
  groupThousands,
  percentOf,
} from './numbers.js';

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

describe('figurePrecision', () => {
  it('is the most fraction digits among the figures, ignoring missing ones', () => {
    expect(figurePrecision(['750', '836', null])).toBe(0);
    expect(figurePrecision(['30.6', '134.7', '60.8'])).toBe(1);
    expect(figurePrecision(['1', '0.25', '3.5'])).toBe(2);
    expect(figurePrecision([])).toBe(0);
  });
});

describe('percentOf', () => {
  it('gives the share with the decimals asked for, half up, and none of a zero whole', () => {
    expect(percentOf('4647300.00', '2170000.00', 1)).toBe('214.2');
    expect(percentOf('1', '3', 1)).toBe('33.3');
    expect(percentOf(new Decimal('1'), new Decimal('8'), 2)).toBe('12.50');
    expect(percentOf('1', '16', 3)).toBe('6.250');
    expect(percentOf('1', '400', 1)).toBe('0.3');
    expect(percentOf('5', '0', 1)).toBeNull();
  });
});

describe('formatNumber', () => {
  it('prints the figure exactly as stored, grouped, without trailing fraction zeros', () => {
    expect(formatNumber('1234567.50')).toBe('1,234,567.5');
    expect(formatNumber(new Decimal('-1000'))).toBe('-1,000');
    expect(formatNumber('0.000125')).toBe('0.000125');
    expect(formatNumber('999')).toBe('999');
  });
});

describe('groupThousands', () => {
  it('groups the whole part only, keeping sign and fraction as written', () => {
    expect(groupThousands('-4647300.50')).toBe('-4,647,300.50');
    expect(groupThousands('1234.56789')).toBe('1,234.56789');
    expect(groupThousands('12')).toBe('12');
  });
});
