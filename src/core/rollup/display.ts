import { Decimal, type Decimal as DecimalType } from '../decimal.js';
import { toWanTonnesText } from '../format/tonnes.js';

/** The displayed 萬公噸 figure as tonnes again (what a reader adding the table would get). */
export function displayedWanAsTonnes(tonnes: DecimalType): DecimalType {
  return new Decimal(toWanTonnesText(tonnes)).times(10000);
}
