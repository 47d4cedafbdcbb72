import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.js';
import { NetZeroError } from './errors.js';
import {
  add,
  compare,
  convert,
  formatQuantity,
  multiplyByRate,
  quantity,
  subtract,
  sumQuantities,
  toTonnesCO2e,
  type Quantity,
} from './quantity.js';
import { thrown } from './test-support/thrown.js';

const q = (value: string, unit: string): Quantity => quantity(value, unit, 'q');
const text = (x: Quantity): string => `${x.value.toFixed()} ${x.unit}`;

describe('quantity', () => {
  it('stores the canonical code for an alias', () => {
    expect(text(quantity('1000', '度', 'results[0].value'))).toBe('1000 kWh');
  });

  it.each(['輛', '株', '人次', 'm3', 'tCO2e'])(
    'refuses a negative value in %s and names the path',
    (unit) => {
      const error = thrown(() => quantity('-3', unit, 'results[1].value'));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toMatch(/^results\[1\]\.value: -3 .* must not be negative$/);
    },
  );

  it('allows a negative percentage, since a rate may fall', () => {
    expect(text(quantity('-0.5', '%', 'step'))).toBe('-0.5 %');
  });

  it('accepts zero written as -0 in a count', () => {
    expect(quantity(new Decimal('-0'), '輛', 'x').value.isZero()).toBe(true);
  });

  it('refuses an unknown unit naming the path', () => {
    expect(() => quantity('1', 'furlong', 'indicators[0].unit')).toThrow(
      /indicators\[0\]\.unit: unknown unit/,
    );
  });

  it('refuses a number that is not a plain decimal', () => {
    expect(() => quantity('1,000', 't', 'value')).toThrow(/value: "1,000" is not a decimal/);
    expect(() => quantity(new Decimal(NaN), 't', 'value')).toThrow(
      /value: NaN is not a finite number/,
    );
  });
});

describe('convert', () => {
  it.each([
    ['535200', 't', '萬t', '53.52'],
    ['53.52', '萬噸', 't', '535200'],
    ['1', 'MW', 'W', '1000000'],
    ['750', 'MWp', 'kW', '750000'],
    ['1500', 'W', 'kW', '1.5'],
    ['836', 'MWp', 'MW', '836'],
    ['25000', 'm2', 'ha', '2.5'],
    ['1200', '公頃', 'm²', '12000000'],
    ['1200', '萬人次', '人次', '12000000'],
    ['12345', '人次', '萬人次', '1.2345'],
    ['1', '度', 'kWh', '1'],
    ['3', '萬度', 'kWh', '30000'],
    ['1', '億度', 'GWh', '100'],
    ['153.7275', '萬m³', 'm3', '1537275'],
    ['275', '億元', '萬元', '2750000'],
    ['1', '萬tCO2e', 'kgCO2e', '10000000'],
  ])('converts %s %s to %s exactly', (value, from, to, expected) => {
    expect(convert(q(value, from), to, 'x').value.toFixed()).toBe(expected);
  });

  it('refuses another dimension with UNIT_MISMATCH naming both units, dimensions and the path', () => {
    const error = thrown(() => convert(q('1', 't'), 'tCO2e', 'reductions[0]'));
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toBe(
      'reductions[0]: cannot combine t (mass) with tCO2e (emissions): different dimensions',
    );
  });
});

describe('arithmetic', () => {
  it('adds exactly where binary floats would not (0.1 + 0.2)', () => {
    expect(text(add(q('0.1', 'kWh'), q('0.2', '度'), 'x'))).toBe('0.3 kWh');
  });

  it("adds in the first quantity's unit", () => {
    expect(text(add(q('1', 't'), q('1', '萬噸'), 'x'))).toBe('10001 t');
  });

  it.each([
    ['輛', '艘'],
    ['kWh', 'kW'],
    ['t', 'tCO2e'],
    ['人次', '人'],
  ])('refuses to add %s and %s', (a, b) => {
    const error = thrown(() => add(q('1', a), q('1', b), 'total'));
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toContain(`${a} (`);
    expect(error.message).toContain(`${b} (`);
  });

  it('subtracts to a change that may be negative', () => {
    expect(text(subtract(q('2754', '輛'), q('4400', '輛'), 'x'))).toBe('-1646 輛');
    expect(() => subtract(q('1', '輛'), q('1', '艘'), 'x')).toThrow(NetZeroError);
  });

  it('compares across units of one dimension', () => {
    expect(compare(q('1', '萬人次'), q('9999', '人次'), 'x')).toBe(1);
    expect(compare(q('1', 'ha'), q('10000', 'm2'), 'x')).toBe(0);
    expect(compare(q('0.5', 'kW'), q('501', 'W'), 'x')).toBe(-1);
  });

  it('refuses to compare different dimensions', () => {
    expect(thrown(() => compare(q('1', 'kWh'), q('1', 'kW'), 'x')).code).toBe('UNIT_MISMATCH');
  });

  it('sums mixed units of one dimension into the requested unit', () => {
    const total = sumQuantities([q('295', 'MWp'), q('367000', 'kWp'), q('174', 'MW')], 'MWp', 'x');
    expect(text(total)).toBe('836 MWp');
    expect(text(sumQuantities([], '輛', 'x'))).toBe('0 輛');
  });

  it('names the index of the item that does not fit', () => {
    const error = thrown(() => sumQuantities([q('1', 't'), q('1', 'tCO2e')], 't', 'results'));
    expect(error.message).toMatch(/^results\[1\]: cannot combine tCO2e/);
  });
});

describe('multiplyByRate and toTonnesCO2e', () => {
  const rate = (value: string, unit: string) => ({ value: new Decimal(value), unit });
  const electricity = rate('0.494', 'kgCO2e/kWh');

  it('turns 萬度 times a kgCO2e/kWh factor into exact tonnes', () => {
    const emissions = multiplyByRate(q('10', '萬度'), electricity, 'x');
    expect(text(emissions)).toBe('49400 kgCO2e');
    expect(toTonnesCO2e(emissions, 'x').toFixed()).toBe('49.4');
  });

  it('keeps a thousandth of a kilogram exact', () => {
    const emissions = multiplyByRate(q('0.3', 'kWh'), rate('0.509', 'kgCO2e/kWh'), 'x');
    expect(toTonnesCO2e(emissions, 'x').toFixed()).toBe('0.0001527');
  });

  it('converts the quantity to the denominator of the rate', () => {
    const emissions = multiplyByRate(q('5000', 'kWh'), rate('2', 'tCO2e/萬度'), 'x');
    expect(text(emissions)).toBe('1 tCO2e');
  });

  it('refuses a quantity of another dimension than the denominator, naming both', () => {
    const error = thrown(() => multiplyByRate(q('5', 'kW'), electricity, 'reductions[2]'));
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toBe(
      'reductions[2]: kW (power) cannot be multiplied by a rate in kgCO2e/kWh, which is per kWh (energy)',
    );
  });

  it('refuses a t/t factor times 萬t as tonnes CO₂e: waste is not CO₂e', () => {
    const waste = multiplyByRate(q('2', '萬t'), rate('0.5', 't/t'), 'x');
    expect(text(waste)).toBe('10000 t');
    const error = thrown(() => toTonnesCO2e(waste, 'reductions[0]'));
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toMatch(/^reductions\[0\]: 10000 t \(mass\) does not give tonnes CO₂e/);
  });

  it('reads 萬公噸 CO₂e as tonnes', () => {
    expect(toTonnesCO2e(q('53.52', '萬公噸CO2e'), 'x').toFixed()).toBe('535200');
  });
});

describe('formatQuantity', () => {
  it('groups thousands and labels the unit for each locale', () => {
    expect(formatQuantity(q('1537275', 'm3'), 'en')).toBe('1,537,275 m³');
    expect(formatQuantity(q('1537275', 'm3'), 'zh')).toBe('1,537,275立方公尺');
    expect(formatQuantity(q('750', 'MWp'), 'zh')).toBe('750 MWp');
    expect(formatQuantity(q('1200', '萬人次'), 'en')).toBe('1,200 10⁴ person-trips');
  });

  it('rounds half up only when asked for decimals', () => {
    expect(formatQuantity(q('53.525', '萬tCO2e'), 'zh', 2)).toBe('53.53萬公噸CO₂e');
    expect(formatQuantity(q('1234.5', 'kWh'), 'en')).toBe('1,234.5 kWh');
    expect(formatQuantity(q('464.7', '萬t'), 'en', 2)).toBe('464.70 10⁴ t');
  });

  it('keeps the sign and writes % straight after the number', () => {
    expect(formatQuantity(q('-1234.5', '%'), 'en')).toBe('-1,234.5%');
    expect(formatQuantity(q('49.86', '%'), 'zh')).toBe('49.86%');
  });
});
