import { findUnit } from '../../core/units.js';
import { Decimal } from '../../core/decimal.js';

/**
 * 1234567.5 → '1,234,567.5': the figure as stored, grouped by thousands; never rounded, so a
 * printed figure is exactly the recorded one.
 */
export function formatNumber(value: string | Decimal): string {
  const text = typeof value === 'string' ? new Decimal(value).toFixed() : value.toFixed();
  const [whole = '', fraction] = text.split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** part ÷ whole × 100 with `decimals` places, half-up; null when whole is zero. */
export function percentOf(part: Decimal, whole: Decimal, decimals: number): string | null {
  if (whole.isZero()) return null;
  return part.dividedBy(whole).times(100).toFixed(decimals, Decimal.ROUND_HALF_UP);
}

/** Units as the report prints them: the unit's Chinese label (m3 → 立方公尺, 萬t → 萬公噸). */
export function displayUnit(unit: string): string {
  return findUnit(unit)?.label.zh ?? unit;
}
