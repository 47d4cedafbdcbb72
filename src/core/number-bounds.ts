import type { Decimal } from './decimal.js';
import { invalid } from './errors.js';

/**
 * The bounds every figure obeys, wherever it enters (the API's forms, the agency template,
 * `result add`, the city document): the same check everywhere, so whatever the platform
 * stores, its export re-imports. 15 digits before the point hold NT$ in the trillions and
 * tonnes far beyond any city; 10 after hold the finest emission factor. A percentage beyond
 * ±1,000 % or a change of more than ±100 percentage points is a typing slip (98,765.43 %),
 * never a fact a plan reports.
 */
export const numberBounds = {
  integerDigits: 15,
  fractionDigits: 10,
  percent: 1000,
  percentagePoints: 100,
} as const;

/** Throws VALIDATION_FAILED at `path` when `value` (in `unit`, a canonical code) is out of bounds. */
export function checkNumberBounds(value: Decimal, unit: string, path: string): void {
  const [integer = '', fraction = ''] = value.abs().toFixed().split('.');
  if (integer.length > numberBounds.integerDigits)
    throw invalid(
      path,
      `${value.toFixed()} has more than ${numberBounds.integerDigits} digits before the point`,
    );
  if (fraction.length > numberBounds.fractionDigits)
    throw invalid(
      path,
      `${value.toFixed()} has more than ${numberBounds.fractionDigits} digits after the point`,
    );
  const limit =
    unit === '%' ? numberBounds.percent : unit === 'pp' ? numberBounds.percentagePoints : null;
  if (limit !== null && value.abs().greaterThan(limit))
    throw invalid(path, `${value.toFixed()} ${unit} is not plausible (at most ±${limit} ${unit})`);
}
