import { Decimal as DecimalJs } from 'decimal.js';
import { invalid } from './errors.js';

/**
 * Exact decimal arithmetic for money, tonnes and indicator values.
 *
 * Why a private Decimal constructor: decimal.js is configured globally by default; a clone with
 * 60 significant digits keeps sums and products of our inputs exact (inputs have at most ~20
 * digits), and rounds half-up only where we say so — for display.
 */
export const Decimal = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

const DECIMAL_TEXT = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Parses a canonical decimal string ("750", "-3.29", "0.05").
 * Refuses floats in disguise ("1e3"), separators ("1,000") and empty text, naming the field.
 * @example parseDecimal('53.52', 'reductions[0].value').toString() // '53.52'
 */
export function parseDecimal(text: string, path: string): Decimal {
  const trimmed = text.trim();
  if (!DECIMAL_TEXT.test(trimmed)) {
    throw invalid(
      path,
      `"${text}" is not a decimal number (write digits with an optional "." and no separators)`,
    );
  }
  return new Decimal(trimmed);
}

/** A decimal from a safe integer (counts, years): never from a fractional JS number. */
export function decimalFromInteger(value: number): Decimal {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a safe integer`);
  return new Decimal(value);
}

export const ZERO = new Decimal(0);

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** Canonical text of a decimal: no exponent, no trailing zeros ("535200", "0.05"). */
export function toCanonical(value: Decimal): string {
  return value.toFixed();
}

/** Display text with a fixed number of decimals, rounded half-up ("535200.00"). */
export function toFixed(value: Decimal, decimals: number): string {
  return value.toFixed(decimals, Decimal.ROUND_HALF_UP);
}
