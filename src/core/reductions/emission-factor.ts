import type { Decimal } from '../decimal.js';
import { NetZeroError } from '../errors.js';
import { parseRateUnit } from '../units.js';

/** An emission factor with where it came from: a figure is only as good as its source. */
export interface EmissionFactor {
  code: string;
  version: string;
  value: Decimal;
  /** e.g. kgCO2e/kWh: an emissions unit per activity unit. */
  unit: string;
  year: number;
  source?: string | undefined;
}

/**
 * Refuses a factor whose unit does not give a mass of CO₂e per unit of activity
 * (kg/kWh, kWh/t, …), so that multiplying a quantity by it can only ever yield tCO₂e.
 */
export function checkFactorUnit(unit: string, path: string): void {
  const { numerator } = parseRateUnit(unit, path);
  if (numerator.dimension !== 'emissions') {
    throw new NetZeroError(
      'UNIT_MISMATCH',
      `${path}: factor unit "${unit}" gives ${numerator.code} (${numerator.dimension}) per activity, not CO₂e; write it as e.g. kgCO2e/kWh`,
      [{ path, message: `factor unit "${unit}" does not yield tonnes CO₂e` }],
    );
  }
}
