import { Decimal } from '../decimal.js';

/**
 * Display text of exact decimals, for the web, the reports and the CLI alike. Decimals travel
 * as strings; parsing them into floats to print them would invent digits, so rounding is
 * decimal (half up) and grouping is done on the text.
 */

/**
 * Groups the whole part of a decimal text by thousands, leaving sign and fraction as they are.
 * @example groupThousands('-4647300.50') // '-4,647,300.50'
 */
export function groupThousands(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '', fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * A decimal as written (every fraction digit kept) or rounded half up to `maxFraction`, grouped.
 * @example formatDecimal('4647300.00') // '4,647,300.00'; formatDecimal('411.966', 1) // '412.0'
 */
export function formatDecimal(value: string, maxFraction?: number): string {
  return groupThousands(
    maxFraction === undefined ? value : new Decimal(value).toFixed(maxFraction),
  );
}

/**
 * The figure as stored, grouped by thousands and never rounded, so a printed figure is exactly
 * the recorded one; trailing fraction zeros go (the report's tables print them so).
 * @example formatNumber('1234567.50') // '1,234,567.5'
 */
export function formatNumber(value: string | Decimal): string {
  return groupThousands(new Decimal(value).toFixed());
}

/**
 * part ÷ whole × 100 with `decimals` places, half up; null when the whole is zero.
 * @example percentOf('1', '3', 1) // '33.3'
 */
export function percentOf(
  part: string | Decimal,
  whole: string | Decimal,
  decimals: number,
): string | null {
  const total = new Decimal(whole);
  if (total.isZero()) return null;
  return new Decimal(part).dividedBy(total).times(100).toFixed(decimals, Decimal.ROUND_HALF_UP);
}

/**
 * The decimals an indicator's figures are written with: the most fraction digits among them.
 * A computed value (the expected-to-date path, a share of a target) is printed to this
 * precision, so "411.966" beside figures written as "836" reads "412".
 * @example figurePrecision(['750', '836', null]) // 0; figurePrecision(['30.6', '60.8']) // 1
 */
export function figurePrecision(figures: readonly (string | null)[]): number {
  let places = 0;
  for (const figure of figures) {
    const dot = figure?.indexOf('.') ?? -1;
    if (figure && dot >= 0) places = Math.max(places, figure.length - dot - 1);
  }
  return places;
}
