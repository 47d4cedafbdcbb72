import type { Decimal } from '../core/decimal.js';

/** A `--json` answer: indented, with exact decimals as strings (never as rounded numbers). */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (isDecimal(v) ? v.toFixed() : v), 2);
}

function isDecimal(v: unknown): v is Decimal {
  return typeof v === 'object' && v !== null && 'toFixed' in v && 'isZero' in v;
}
