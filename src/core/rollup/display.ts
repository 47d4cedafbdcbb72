import { Decimal, type Decimal as DecimalType } from '../decimal.js';

const TEN_THOUSAND = new Decimal(10000);

/**
 * Tonnes shown as 萬公噸 with two decimals (the reports' convention), rounded half-up.
 * Round only here, for display: totals are always summed from unrounded tonnes.
 * @example toWanTonnesText(new Decimal(535200)) // '53.52'
 */
export function toWanTonnesText(tonnes: DecimalType): string {
  return tonnes.dividedBy(TEN_THOUSAND).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** The displayed 萬公噸 figure as tonnes again (what a reader adding the table would get). */
export function displayedWanAsTonnes(tonnes: DecimalType): DecimalType {
  return new Decimal(toWanTonnesText(tonnes)).times(TEN_THOUSAND);
}
