import { NetZeroError } from '../errors.js';
import { checkFactorUnit } from '../reductions/emission-factor.js';
import { parseRateUnit } from '../units.js';
import type { Gas } from './gases.js';

/**
 * Refuses a factor whose unit cannot turn activity into what the factor claims to give:
 * a factor for one gas must give a mass of that gas per activity (kg/kWh, t/t), a factor
 * without a gas must give CO₂e per activity (kgCO2e/kWh). kWh/t or kgCO2e/kWh for CH₄ are
 * refused, so a computed entry can only ever yield a mass of gas or of CO₂e.
 * @example checkGasFactorUnit('kg/TJ', 'CH4', 'x') // refused: TJ is not a registered unit
 */
export function checkGasFactorUnit(unit: string, gas: Gas | null, path: string): void {
  // A CO₂e factor is the one reductions already use: the same check, the same message.
  if (gas === null) {
    checkFactorUnit(unit, path);
    return;
  }
  const { numerator } = parseRateUnit(unit, path);
  if (numerator.dimension === 'mass') return;
  const message = `factor unit "${unit}" gives ${numerator.code} (${numerator.dimension}) per activity, not a mass of ${gas}; write it as e.g. kg/kWh`;
  throw new NetZeroError('UNIT_MISMATCH', `${path}: ${message}`, [{ path, message }]);
}
