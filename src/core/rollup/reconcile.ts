import { type Decimal, sum } from '../decimal.js';
import { toWanTonnesText } from '../format/tonnes.js';
import { displayedWanAsTonnes } from './display.js';

export interface Reconciliation {
  /** The printed figure, tonnes. */
  publishedT: Decimal;
  /** Our exact total from the records, tonnes. */
  computedT: Decimal;
  /** Sum of the rows as displayed (each rounded to 0.01 萬公噸), tonnes. */
  displayedRowsT: Decimal;
  /** publishedT − computedT. */
  differenceT: Decimal;
  /** ± bound on the true total from the rounding of the inputs. */
  roundingBoundT: Decimal;
  /** Whether the difference is explained by rounding alone. */
  withinRounding: boolean;
  explanation: { zh: string; en: string };
}

/**
 * Compares a printed total with the total computed from the records and says how they relate.
 *
 * Why: the seed report's figures are rounded to 0.01 萬公噸 and its printed totals do not
 * always equal the sum of its printed rows. A reader deserves to know whether a difference is
 * rounding (within ± half a step per row, plus half a step for the printed total) or an error.
 */
export function reconcileTotal(
  publishedT: Decimal,
  rowsT: readonly Decimal[],
  inputsUncertaintyT: Decimal,
  publishedResolutionT: Decimal,
): Reconciliation {
  const computedT = sum(rowsT);
  const displayedRowsT = sum(rowsT.map(displayedWanAsTonnes));
  const differenceT = publishedT.minus(computedT);
  const roundingBoundT = inputsUncertaintyT.plus(publishedResolutionT.dividedBy(2));
  const withinRounding = differenceT.abs().lte(roundingBoundT);
  const wan = (t: Decimal) => toWanTonnesText(t);
  const matches = differenceT.isZero();
  const zh = matches
    ? `公布值 ${wan(publishedT)} 萬公噸與各列加總相符。`
    : withinRounding
      ? `公布值 ${wan(publishedT)} 萬公噸與各列加總 ${wan(computedT)} 萬公噸相差 ${wan(differenceT)} 萬公噸，在各列四捨五入誤差範圍 ±${wan(roundingBoundT)} 萬公噸內，應為以未四捨五入數值加總所致。`
      : `公布值 ${wan(publishedT)} 萬公噸與各列加總 ${wan(computedT)} 萬公噸相差 ${wan(differenceT)} 萬公噸，超出四捨五入誤差範圍 ±${wan(roundingBoundT)} 萬公噸，請查核。`;
  const en = matches
    ? `The published ${wan(publishedT)} (10⁴ t) equals the sum of the rows.`
    : withinRounding
      ? `The published ${wan(publishedT)} (10⁴ t) differs from the sum of the rows, ${wan(computedT)}, by ${wan(differenceT)}: within the rounding bound of ±${wan(roundingBoundT)}, so it was most likely added from unrounded figures.`
      : `The published ${wan(publishedT)} (10⁴ t) differs from the sum of the rows, ${wan(computedT)}, by ${wan(differenceT)}: more than rounding (±${wan(roundingBoundT)}) explains; check the source.`;
  return {
    publishedT,
    computedT,
    displayedRowsT,
    differenceT,
    roundingBoundT,
    withinRounding,
    explanation: { zh, en },
  };
}
