import { Decimal } from '../decimal.js';
import { formatNumber } from './numbers.js';

const TEN_THOUSAND = new Decimal(10000);

/**
 * Tonnes shown as 萬公噸 with two decimals (the reports' convention), rounded half up, not
 * grouped. Round only here, for display: totals are always summed from unrounded tonnes.
 * @example toWanTonnesText(new Decimal(535200)) // '53.52'
 */
export function toWanTonnesText(tonnes: Decimal): string {
  return tonnes.dividedBy(TEN_THOUSAND).toFixed(2, Decimal.ROUND_HALF_UP);
}

/**
 * 萬公噸 as a reader sees them beside text: two decimals, grouped; a value that rounds to zero
 * reads 0.00, never -0.00.
 * @example formatWanTonnes('52350000') // '5,235.00'
 */
export function formatWanTonnes(tonnes: string | Decimal): string {
  const [whole = '', fraction = ''] = toWanTonnesText(new Decimal(tonnes)).split('.');
  return `${formatNumber(whole)}.${fraction}`;
}

/** 萬公噸 with two decimals as a number, for a chart's axis (never for text or sums). */
export function wanTonnesNumber(tonnes: string | Decimal): number {
  return Number(toWanTonnesText(new Decimal(tonnes)));
}
