import { Decimal } from '../../core/decimal.js';

/**
 * Display formatting of exact decimal strings. The API sends decimals as strings; parsing them
 * into floats to print them would invent digits, so rounding is decimal (half up) and grouping
 * is done on the text.
 * @example formatDecimal('4647300.00') // '4,647,300.00'; formatDecimal('411.966', 1) // '412.0'
 */
export function formatDecimal(value: string, maxFraction?: number): string {
  const text = maxFraction === undefined ? value : new Decimal(value).toFixed(maxFraction);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Tonnes in 萬公噸 (10⁴ t), as the city's reports print them. @example '4647300.00' → '464.73' */
export function formatTenThousandTonnes(tonnes: string): string {
  return formatDecimal(new Decimal(tonnes).dividedBy(10_000).toFixed(2));
}

/** A share in percent with one decimal, for progress bars and their labels. */
export function percentOf(part: string, whole: string): string {
  const total = new Decimal(whole);
  return total.isZero() ? '0' : new Decimal(part).dividedBy(total).times(100).toFixed(1);
}
