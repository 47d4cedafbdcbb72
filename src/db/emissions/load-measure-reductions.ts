import type { Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import { reductionTonnes } from '../../core/reductions/reduction.js';
import { quantity } from '../../core/quantity.js';
import type { Tables } from '../tables.js';
import { onSameCity } from '../city-scope.js';

export interface MeasureReductions {
  /** Tonnes by the calendar year each reduction's period ends in, all plans. */
  byYear: Map<number, Decimal>;
  /** Tonnes by measure key plan/sector/no (every period). */
  byMeasure: Map<string, Decimal>;
}

/**
 * Every reduction the city's plans record, in tonnes CO₂e, with computed ones multiplied out by
 * the factor version they cite. One query.
 */
export async function loadMeasureReductions(
  db: Kysely<Tables>,
  cityId: string,
): Promise<MeasureReductions> {
  const rows = await db
    .selectFrom('reductions as r')
    .innerJoin('measures as m', (j) => onSameCity(j, ['m.id', 'r.measure_id']))
    .leftJoin('emission_factors as f', (j) =>
      onSameCity(j, ['f.code', 'r.factor_code'], ['f.version', 'r.factor_version']),
    )
    .select([
      'm.plan_code',
      'm.sector_code',
      'm.no',
      'r.period_start',
      'r.period_end',
      'r.method',
      'r.value_t',
      'r.quantity',
      'r.quantity_unit',
      'f.code as factor_code',
      'f.version as factor_version',
      'f.value as factor_value',
      'f.unit as factor_unit',
      'f.year as factor_year',
    ])
    .where('r.city_id', '=', cityId)
    .execute();
  const byYear = new Map<number, Decimal>();
  const byMeasure = new Map<string, Decimal>();
  rows.forEach((r, i) => {
    const period = { start: r.period_start, end: r.period_end };
    const path = `reductions[${i}]`;
    const tonnes =
      r.method === 'reported'
        ? new Decimal(r.value_t ?? '0')
        : reductionTonnes(
            {
              method: 'computed',
              period,
              quantity: quantity(r.quantity ?? '0', r.quantity_unit ?? '', path),
              factor: {
                code: r.factor_code ?? '',
                version: r.factor_version ?? '',
                value: new Decimal(r.factor_value ?? '0'),
                unit: r.factor_unit ?? '',
                year: r.factor_year ?? 0,
              },
            },
            path,
          );
    const year = Number(r.period_end.slice(0, 4));
    byYear.set(year, (byYear.get(year) ?? new Decimal(0)).plus(tonnes));
    const key = `${r.plan_code}/${r.sector_code}/${r.no}`;
    byMeasure.set(key, (byMeasure.get(key) ?? new Decimal(0)).plus(tonnes));
  });
  return { byYear, byMeasure };
}
