import { describe, expect, it } from 'vitest';
import {
  assertSameDimension,
  baseUnit,
  findUnit,
  getUnit,
  parseRateUnit,
  sameDimension,
  unitCodes,
  type Dimension,
} from './units.js';
import { thrown } from './test-support/thrown.js';

describe('findUnit', () => {
  // The units printed in Table 1 of the results report, as printed.
  it.each([
    ['MWp', 'MWp'],
    ['kW', 'kW'],
    ['W', 'W'],
    ['m³', 'm3'],
    ['m²', 'm2'],
    ['公頃', 'ha'],
    ['株', '株'],
    ['度', 'kWh'],
    ['輛', '輛'],
    ['艘', '艘'],
    ['人次', '人次'],
    ['萬人次', '萬人次'],
    ['家', '家'],
    ['家次', '家次'],
    ['案', '案'],
    ['件', '件'],
    ['組', '組'],
    ['校', '校'],
    ['處', '處'],
    ['站', '站'],
    ['包', '包'],
    ['公斤', 'kg'],
    ['萬噸', '萬t'],
    ['%', '%'],
    ['萬m³', '萬m3'],
  ])('resolves the Table 1 unit %s to the code %s', (printed, code) => {
    expect(findUnit(printed)?.code).toBe(code);
  });

  // The codes docs/city-document.md promises to data writers.
  it.each([
    'MWp',
    'kW',
    'W',
    'm3',
    'm2',
    'ha',
    '株',
    'kWh',
    '萬度',
    '輛',
    '艘',
    '人次',
    '萬人次',
    '人',
    '人餐',
    '家',
    '家次',
    '案',
    '件',
    '組',
    '校',
    '處',
    '站',
    '包',
    '場次',
    'kg',
    't',
    '萬t',
    '%',
    '萬m3',
    't/日',
    '萬t/日',
    '萬元',
    '元',
    'tCO2e',
    'kgCO2e',
    '萬tCO2e',
  ])('keeps the documented code %s canonical', (code) => {
    expect(findUnit(code)?.code).toBe(code);
  });

  it.each([
    ['公噸', 't'],
    ['噸', 't'],
    ['萬公噸', '萬t'],
    ['tCO₂e', 'tCO2e'],
    ['公噸CO2e', 'tCO2e'],
    ['萬公噸CO2e', '萬tCO2e'],
    ['萬噸CO2e', '萬tCO2e'],
    ['噸/日', 't/日'],
    ['萬噸/日', '萬t/日'],
    ['億', '億元'],
    ['百分比', '%'],
    ['立方公尺', 'm3'],
    ['萬立方公尺', '萬m3'],
    ['平方公尺', 'm2'],
  ])('reads the alias %s as %s', (alias, code) => {
    expect(findUnit(alias)?.code).toBe(code);
  });

  it('folds compatibility characters and spaces that sources use', () => {
    expect(findUnit('㎡')?.code).toBe('m2');
    expect(findUnit('％')?.code).toBe('%');
    expect(findUnit(' kgCO2e ')?.code).toBe('kgCO2e');
  });

  it('keeps case, because mW is not MW', () => {
    expect(findUnit('mw')).toBeUndefined();
  });
});

describe('getUnit', () => {
  it('names the path and suggests close codes for an unknown unit', () => {
    const error = thrown(() => getUnit('MWP', 'plans[0].measures[1].indicators[0].unit'));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('plans[0].measures[1].indicators[0].unit');
    expect(error.message).toMatch(/did you mean MWp/);
    expect(error.issues[0]?.path).toBe('plans[0].measures[1].indicators[0].unit');
  });

  it('lists the known codes when nothing is close', () => {
    expect(() => getUnit('furlongs', 'unit')).toThrow(/known units: W, kW/);
  });
});

describe('dimensions', () => {
  it('gives every dimension a base unit with factor 1', () => {
    const dimensions = new Set(unitCodes().map((code) => getUnit(code, 'x').dimension));
    for (const dimension of dimensions) {
      const base = baseUnit(dimension);
      expect(base.dimension).toBe(dimension);
      expect(base.toBase.toFixed()).toBe('1');
    }
    expect(baseUnit('emissions' satisfies Dimension).code).toBe('kgCO2e');
  });

  it('treats peak power as power', () => {
    expect(sameDimension('MWp', 'kW')).toBe(true);
  });

  it.each([
    ['輛', '艘'],
    ['kWh', 'kW'],
    ['t', 'tCO2e'],
    ['人次', '人'],
    ['家', '家次'],
    ['t', 't/日'],
  ])('keeps %s and %s in different dimensions', (a, b) => {
    expect(sameDimension(a, b)).toBe(false);
  });

  it('says unknown units share no dimension', () => {
    expect(sameDimension('furlongs', 'furlongs')).toBe(false);
  });

  it('lets only percentages be negative', () => {
    const signed = unitCodes().filter((code) => getUnit(code, 'x').signed);
    expect(signed).toEqual(['%', 'pp']);
  });

  it('refuses to combine dimensions with UNIT_MISMATCH naming both units and the path', () => {
    const error = thrown(() => {
      assertSameDimension(getUnit('輛', 'a'), getUnit('艘', 'b'), 'rows[3]');
    });
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toBe(
      'rows[3]: cannot combine 輛 (vehicles) with 艘 (vessels): different dimensions',
    );
  });
});

describe('parseRateUnit', () => {
  it.each([
    ['kgCO2e/kWh', 'kgCO2e', 'kWh'],
    ['tCO2e/萬度', 'tCO2e', '萬度'],
    ['kgCO2e/t', 'kgCO2e', 't'],
    ['t/t', 't', 't'],
    ['kgCO2e/t/日', 'kgCO2e', 't/日'],
    ['kgCO₂e / 度', 'kgCO2e', 'kWh'],
  ])('splits %s into %s per %s', (text, numerator, denominator) => {
    const rate = parseRateUnit(text, 'factor.unit');
    expect([rate.numerator.code, rate.denominator.code]).toEqual([numerator, denominator]);
  });

  it('refuses a registered unit that only looks like a rate', () => {
    expect(() => parseRateUnit('t/日', 'factor.unit')).toThrow(
      /factor\.unit: "t\/日" is the unit t\/日, not a rate/,
    );
  });

  it('refuses a unit without a denominator', () => {
    expect(() => parseRateUnit('kgCO2e', 'factor.unit')).toThrow(/not a rate/);
  });

  it('names the path and the unknown part of a rate', () => {
    expect(() => parseRateUnit('kgCO2e/furlong', 'emissionFactors[2].unit')).toThrow(
      /emissionFactors\[2\]\.unit: unknown unit "furlong"/,
    );
  });
});
