import type { Selectable } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import type { Reduction } from '../../core/reductions/reduction.js';
import type { EmissionFactorsTable, ReductionsTable } from '../tables.js';

/** A city's factor as a computed reduction names it (by code and version). */
type StoredFactor = Pick<
  Selectable<EmissionFactorsTable>,
  'code' | 'version' | 'value' | 'unit' | 'year'
> & { source_code?: string | null };

/** A reduction row's columns (reductionColumns). */
type StoredReduction = Pick<
  Selectable<ReductionsTable>,
  | 'period_start'
  | 'period_end'
  | 'method'
  | 'value_t'
  | 'resolution_t'
  | 'quantity'
  | 'quantity_unit'
  | 'factor_code'
  | 'factor_version'
>;

/**
 * Reads stored reductions as the core computes them, with the city's factors: a reported one with
 * its tonnes, a computed one with its quantity and the factor it names — undefined when the city
 * has no such factor (the plan summary refuses it, the open data leaves its tonnes empty).
 */
export function storedReductions(
  factors: readonly StoredFactor[],
): (row: StoredReduction) => Reduction | undefined {
  const factorOf = new Map(factors.map((f) => [`${f.code}@${f.version}`, f]));
  return (r) => {
    const period = { start: r.period_start, end: r.period_end };
    if (r.method === 'reported')
      return {
        method: 'reported',
        period,
        valueT: new Decimal(r.value_t ?? '0'),
        resolutionT: r.resolution_t === null ? undefined : new Decimal(r.resolution_t),
      };
    const factor = factorOf.get(`${r.factor_code ?? ''}@${r.factor_version ?? ''}`);
    if (!factor) return undefined;
    return {
      method: 'computed',
      period,
      quantity: { value: new Decimal(r.quantity ?? '0'), unit: r.quantity_unit ?? '' },
      factor: {
        code: factor.code,
        version: factor.version,
        value: new Decimal(factor.value),
        unit: factor.unit,
        year: factor.year,
        source: factor.source_code ?? undefined,
      },
    };
  };
}
