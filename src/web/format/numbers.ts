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

/**
 * Tonnes in 萬公噸 (10⁴ t) with two decimals (half up), as the city's reports print them. The
 * figures behind stay exact; computed ones (a pathway, a rounding bound) would otherwise show
 * every digit of a division.
 * @example formatTenThousandTonnes('4647300.00') // '464.73'; '1850' → '0.19'
 */
export function formatTenThousandTonnes(tonnes: string): string {
  return formatDecimal(new Decimal(tonnes).dividedBy(10_000).toFixed(2));
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

/** A share in percent with one decimal, for progress bars and their labels. */
export function percentOf(part: string, whole: string): string {
  const total = new Decimal(whole);
  return total.isZero() ? '0' : new Decimal(part).dividedBy(total).times(100).toFixed(1);
}
