import { Decimal, ZERO } from '../decimal.js';
import { compareDates, type IsoDate, type Period } from '../dates.js';
import { multiplyByRate, toTonnesCO2e, type Quantity } from '../quantity.js';
import { checkFactorUnit, type EmissionFactor } from './emission-factor.js';

/** A reduction of a measure over a period, in tonnes CO₂e. */
export type Reduction =
  /** As reported by the agency; `resolutionT` is the rounding step of the printed figure. */
  | { method: 'reported'; period: Period; valueT: Decimal; resolutionT?: Decimal | undefined }
  /** Quantity × factor, computed here so the units are checked and the factor is traceable. */
  | { method: 'computed'; period: Period; quantity: Quantity; factor: EmissionFactor };

/**
 * Tonnes CO₂e of one reduction. A computed reduction multiplies the quantity by the factor;
 * the units must cancel to a mass of CO₂e or it is an error, never a number.
 * @example reductionTonnes({ method: 'computed', period, quantity: { value: new Decimal(10000), unit: 'kWh' },
 *   factor: { code: 'tw-electricity', version: '2023', value: new Decimal('0.494'), unit: 'kgCO2e/kWh', year: 2023 } }, 'r')
 *   // 4.94
 */
export function reductionTonnes(reduction: Reduction, path: string): Decimal {
  if (reduction.method === 'reported') return reduction.valueT;
  checkFactorUnit(reduction.factor.unit, `${path}.factor`);
  const emissions = multiplyByRate(
    reduction.quantity,
    { value: reduction.factor.value, unit: reduction.factor.unit },
    path,
  );
  return toTonnesCO2e(emissions, path);
}

export interface ReductionTotal {
  valueT: Decimal;
  /** Half the rounding steps of the reported figures: the true total lies within ± this. */
  uncertaintyT: Decimal;
}

/**
 * The reduction of a measure known at `asOf`: the sum over reductions whose period had ended.
 * null when nothing is reported (the table's "-"), which is not the same as zero.
 */
export function totalReduction(
  reductions: readonly Reduction[],
  asOf: IsoDate,
  path: string,
): ReductionTotal | null {
  // Keep each reduction's own index, so an error names the reduction in the caller's list.
  const known = [...reductions.entries()].filter(([, r]) => compareDates(r.period.end, asOf) <= 0);
  if (known.length === 0) return null;
  let valueT = ZERO;
  let uncertaintyT = ZERO;
  known.forEach(([i, reduction]) => {
    valueT = valueT.plus(reductionTonnes(reduction, `${path}[${i}]`));
    if (reduction.method === 'reported' && reduction.resolutionT) {
      uncertaintyT = uncertaintyT.plus(reduction.resolutionT.dividedBy(2));
    }
  });
  return { valueT, uncertaintyT };
}

export const TONNES_PER_WAN = new Decimal(10000);
