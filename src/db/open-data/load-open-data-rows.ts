import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import { onSameCity, selectCityRows } from '../city-scope.js';
import { onSectorOfMeasure, reductionColumns } from '../measures/measure-rows.js';

/** What names a measure in every open-data row: its plan, sector and number. */
const measureKeyColumns = [
  'measures.plan_code',
  'measures.sector_code',
  'plan_sectors.name as sector',
  'measures.no',
  'measures.name',
] as const;

/**
 * Every published record of a city, in plan order, as the open data lists them: measures with
 * their indicators, the results (the `results` table holds published figures only), the
 * reductions, and the emission factors the computed reductions cite. Four queries.
 */
export async function loadOpenDataRows(db: Kysely<Tables>, cityId: string) {
  const measureBase = db
    .selectFrom('measures')
    .innerJoin('plan_sectors', onSectorOfMeasure)
    .where('measures.city_id', '=', cityId);
  const [indicators, results, reductions, factors] = await Promise.all([
    measureBase
      .leftJoin('agencies', (j) => onSameCity(j, ['agencies.code', 'measures.agency_code']))
      .leftJoin('indicators', (j) => onSameCity(j, ['indicators.measure_id', 'measures.id']))
      .select([
        ...measureKeyColumns,
        'agencies.name as agency',
        'indicators.key',
        'indicators.label',
        'indicators.unit',
        'indicators.target_kind',
        'indicators.target_value',
        'indicators.target_text',
        'indicators.baseline_value',
        'indicators.baseline_date',
      ])
      .orderBy('measures.plan_code')
      .orderBy('plan_sectors.position')
      .orderBy('measures.no')
      .orderBy('indicators.position')
      .execute(),
    measureBase
      .innerJoin('indicators', (j) => onSameCity(j, ['indicators.measure_id', 'measures.id']))
      .innerJoin('results', (j) => onSameCity(j, ['results.indicator_id', 'indicators.id']))
      .select([
        ...measureKeyColumns,
        'indicators.key',
        'indicators.label',
        'indicators.unit',
        'results.period_start',
        'results.period_end',
        'results.value',
        'results.basis',
        'results.text',
      ])
      .orderBy('measures.plan_code')
      .orderBy('plan_sectors.position')
      .orderBy('measures.no')
      .orderBy('indicators.position')
      .orderBy('results.period_end')
      .orderBy('results.position')
      .execute(),
    measureBase
      .innerJoin('reductions', (j) => onSameCity(j, ['reductions.measure_id', 'measures.id']))
      .leftJoin('indicators', (j) => onSameCity(j, ['indicators.id', 'reductions.indicator_id']))
      .select([...measureKeyColumns, 'indicators.key', ...reductionColumns])
      .orderBy('measures.plan_code')
      .orderBy('plan_sectors.position')
      .orderBy('measures.no')
      .orderBy('reductions.position')
      .execute(),
    selectCityRows(db, 'emission_factors', cityId)
      .select(['code', 'version', 'value', 'unit', 'year'])
      .execute(),
  ]);
  return { indicators, results, reductions, factors };
}
