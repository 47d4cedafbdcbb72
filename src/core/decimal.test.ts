import { describe, expect, it } from 'vitest';
import { parseDecimal, sum, toCanonical, toFixed, Decimal } from './decimal.js';

describe('parseDecimal', () => {
  it('keeps decimal values exact where binary floats would not', () => {
    const total = sum([parseDecimal('0.1', 'a'), parseDecimal('0.2', 'b')]);
    expect(toCanonical(total)).toBe('0.3');
  });

  it.each(['1e3', '1,000', '', ' ', '01', '.5', '5.', 'abc', 'NaN', 'Infinity'])(
    'refuses "%s" and names the field',
    (text) => {
      expect(() => parseDecimal(text, 'results[2].value')).toThrow(/results\[2\]\.value/);
    },
  );

  it('accepts negatives and trims spaces', () => {
    expect(toCanonical(parseDecimal(' -3.29 ', 'x'))).toBe('-3.29');
  });
});

describe('toFixed', () => {
  it('rounds half up for display only', () => {
    expect(toFixed(new Decimal('0.005'), 2)).toBe('0.01');
    expect(toFixed(new Decimal('535200'), 2)).toBe('535200.00');
  });
});
