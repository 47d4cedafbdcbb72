import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal.js';
import { formatWanTonnes, toWanTonnesText, wanTonnesNumber } from './tonnes.js';

describe('formatWanTonnes', () => {
  it('prints tonnes in 萬公噸 as the city reports do', () => {
    expect(formatWanTonnes('4647300.00')).toBe('464.73');
    expect(formatWanTonnes('50937300')).toBe('5,093.73');
  });

  it('rounds half up to two decimals, as the reports print 萬公噸', () => {
    // The overview's rounding bound: 1,850 t is ±0.19 萬公噸, as the report's text says.
    expect(formatWanTonnes('1850')).toBe('0.19');
    expect(formatWanTonnes('-2333760')).toBe('-233.38');
    expect(formatWanTonnes('51853760')).toBe('5,185.38');
    expect(formatWanTonnes('100.00')).toBe('0.01');
  });

  it('prints a tiny negative as 0.00, never -0.00', () => {
    expect(formatWanTonnes('-1')).toBe('0.00');
  });
});

describe('toWanTonnesText and wanTonnesNumber', () => {
  it('give 萬公噸 with two decimals, ungrouped as text and as a chart number', () => {
    expect(toWanTonnesText(new Decimal('50937300'))).toBe('5093.73');
    expect(toWanTonnesText(new Decimal('-1'))).toBe('-0.00');
    expect(wanTonnesNumber('50937350')).toBe(5093.74);
  });
});
