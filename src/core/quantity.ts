import { Decimal, ZERO, parseDecimal } from './decimal.js';
import { NetZeroError, invalid } from './errors.js';
import { checkNumberBounds } from './number-bounds.js';
import { assertSameDimension, getUnit, parseRateUnit, type UnitDefinition } from './units.js';

/** A value with its unit. Arithmetic on quantities checks dimensions; arithmetic on bare values cannot. */
export interface Quantity {
  value: Decimal;
  /** A canonical code of the unit registry (`kWh`, never its alias `度`). */
  unit: string;
}

/**
 * A checked quantity: the unit must be registered (aliases become codes) and a count, area,
 * mass… must not be negative, because a negative 輛 is always a typing slip, never a fact.
 * @example quantity('295', 'MWp', 'results[0].value') // { value: 295, unit: 'MWp' }
 * @example quantity('-0.5', '%', 'step').value.toString() // '-0.5'
 */
export function quantity(value: Decimal | string, unit: string, path: string): Quantity {
  const definition = getUnit(unit, path);
  const decimal = typeof value === 'string' ? parseDecimal(value, path) : value;
  if (!decimal.isFinite()) throw invalid(path, `${decimal.toString()} is not a finite number`);
  if (!definition.signed && decimal.lessThan(0)) {
    throw invalid(path, `${decimal.toFixed()} ${definition.code} must not be negative`);
  }
  return { value: decimal, unit: definition.code };
}

/**
 * A quantity someone entered (a form, the agency template, `result add`, the city document):
 * also within numberBounds, the one set of bounds every entry point shares, so whatever is
 * stored re-imports. Computed quantities (a rate of change, a total) are not bounded.
 * @example enteredQuantity('98765.43', '%', 'figures[0].value') // throws: not plausible
 */
export function enteredQuantity(value: Decimal | string, unit: string, path: string): Quantity {
  const checked = quantity(value, unit, path);
  checkNumberBounds(checked.value, checked.unit, path);
  return checked;
}

/**
 * The same quantity in another unit of its dimension; exact, since unit factors are powers of ten.
 * @example convert({ value: new Decimal('535200'), unit: 't' }, '萬t', 'x').value.toString() // '53.52'
 */
export function convert(q: Quantity, toUnit: string, path: string): Quantity {
  const from = getUnit(q.unit, path);
  const to = getUnit(toUnit, path);
  assertSameDimension(from, to, path);
  if (from === to) return { value: q.value, unit: to.code };
  return { value: q.value.times(from.toBase).dividedBy(to.toBase), unit: to.code };
}

/**
 * a + b, in a's unit.
 * @example add(quantity('1', 't', 'a'), quantity('1', '萬噸', 'b'), 'x').value.toString() // '10001'
 */
export function add(a: Quantity, b: Quantity, path: string): Quantity {
  const unit = getUnit(a.unit, path).code;
  return { value: a.value.plus(convert(b, unit, path).value), unit };
}

/**
 * a − b, in a's unit. The result may be negative even for a count: it is a change, not a level.
 * @example subtract(quantity('4400', '輛', 'a'), quantity('2754', '輛', 'b'), 'x').value.toString() // '1646'
 */
export function subtract(a: Quantity, b: Quantity, path: string): Quantity {
  const unit = getUnit(a.unit, path).code;
  return { value: a.value.minus(convert(b, unit, path).value), unit };
}

/**
 * -1, 0 or 1 as a is less than, equal to or greater than b, across units of one dimension.
 * @example compare(quantity('1', '萬人次', 'a'), quantity('9999', '人次', 'b'), 'x') // 1
 */
export function compare(a: Quantity, b: Quantity, path: string): -1 | 0 | 1 {
  const order = a.value.comparedTo(convert(b, a.unit, path).value);
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

/**
 * The sum of quantities in `unit`; an empty list sums to zero. A mismatch names the item's index.
 * @example sumQuantities([quantity('1', 'ha', 'a'), quantity('5000', 'm2', 'b')], 'ha', 'x').value.toString() // '1.5'
 */
export function sumQuantities(list: readonly Quantity[], unit: string, path: string): Quantity {
  const code = getUnit(unit, path).code;
  const value = list.reduce(
    (total, q, i) => total.plus(convert(q, code, `${path}[${i}]`).value),
    ZERO,
  );
  return { value, unit: code };
}

/**
 * q × rate, where the rate's unit is 'X/Y': q is converted to Y and the result is in X. A quantity
 * of another dimension than Y is refused, so kW can never be multiplied by a per-kWh factor.
 * @example multiplyByRate(quantity('10', '萬度', 'q'), { value: new Decimal('0.494'), unit: 'kgCO2e/kWh' }, 'x')
 *   // { value: 49400, unit: 'kgCO2e' }
 */
export function multiplyByRate(
  q: Quantity,
  rate: { value: Decimal; unit: string },
  path: string,
): Quantity {
  const from = getUnit(q.unit, path);
  const { numerator, denominator } = parseRateUnit(rate.unit, path);
  if (from.dimension !== denominator.dimension) {
    const message = `${from.code} (${from.dimension}) cannot be multiplied by a rate in ${rate.unit}, which is per ${denominator.code} (${denominator.dimension})`;
    throw new NetZeroError('UNIT_MISMATCH', `${path}: ${message}`, [{ path, message }]);
  }
  return {
    value: convert(q, denominator.code, path).value.times(rate.value),
    unit: numerator.code,
  };
}

/**
 * The quantity in tonnes CO₂e. Only the emissions dimension qualifies: tonnes of waste are mass.
 * @example toTonnesCO2e(quantity('49400', 'kgCO2e', 'x'), 'x').toString() // '49.4'
 */
export function toTonnesCO2e(q: Quantity, path: string): Decimal {
  const unit: UnitDefinition = getUnit(q.unit, path);
  if (unit.dimension !== 'emissions') {
    const message = `${q.value.toFixed()} ${unit.code} (${unit.dimension}) does not give tonnes CO₂e; the factor must be an emissions unit per activity unit, e.g. kgCO2e/kWh`;
    throw new NetZeroError('UNIT_MISMATCH', `${path}: ${message}`, [{ path, message }]);
  }
  return convert(q, 'tCO2e', path).value;
}

/**
 * Display text with thousands separators and the unit's label; for display only, never to store.
 * `decimals` rounds half-up; without it the value is shown exactly.
 * @example formatQuantity(quantity('1537275', 'm3', 'x'), 'en') // '1,537,275 m³'
 * @example formatQuantity(quantity('53.5249', '萬tCO2e', 'x'), 'zh', 2) // '53.52萬公噸CO₂e'
 */
export function formatQuantity(q: Quantity, locale: 'zh' | 'en', decimals?: number): string {
  const unit = getUnit(q.unit, 'unit');
  const text =
    decimals === undefined ? q.value.toFixed() : q.value.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [integer = '', fraction] = text.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  const label = unit.label[locale];
  // Chinese writes a unit word straight after the number (12萬人次); Latin symbols take a space.
  const tight = label.startsWith('%') || (locale === 'zh' && !/^[\x20-\x7e]/.test(label));
  return tight ? `${number}${label}` : `${number} ${label}`;
}
