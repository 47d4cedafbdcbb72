import type { JoinBuilder, Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import type { Tables } from '../tables.js';
import { onSameCity, selectCityRows } from '../city-scope.js';

/**
 * A city's target schedule points (the year-end values of a `schedule` target), with their
 * indicators joined; the caller narrows them to some measures or a plan.
 */
export function schedulePointsQuery(db: Kysely<Tables>, city: string) {
  return db
    .selectFrom('target_schedule_points')
    .innerJoin('indicators', (j) =>
      onSameCity(j, ['indicators.id', 'target_schedule_points.indicator_id']),
    )
    .select([
      'target_schedule_points.indicator_id',
      'target_schedule_points.year',
      'target_schedule_points.value',
    ])
    .where('indicators.city_id', '=', city);
}

/**
 * One measure's (or several measures') indicators in their printed order, with every indicator's
 * schedule points: the rows the public measure page, a reporting round's submission and the
 * plan's export start from.
 */
export async function loadMeasureIndicatorRows(
  db: Kysely<Tables>,
  city: string,
  measureIds: number | readonly number[],
) {
  const ids = typeof measureIds === 'number' ? [measureIds] : measureIds;
  if (!ids.length) return { indicators: [], points: [] };
  const [indicators, points] = await Promise.all([
    selectCityRows(db, 'indicators', city)
      .selectAll()
      .where('measure_id', 'in', ids)
      .orderBy('position')
      .execute(),
    schedulePointsQuery(db, city)
      .where('indicators.measure_id', 'in', ids)
      .orderBy('target_schedule_points.year')
      .execute(),
  ]);
  return { indicators, points };
}

/** A measure's sector: the sector of the measure's plan with the measure's sector code. */
export function onSectorOfMeasure(join: JoinBuilder<Tables, 'measures' | 'plan_sectors'>) {
  return onSameCity(
    join,
    ['plan_sectors.plan_code', 'measures.plan_code'],
    ['plan_sectors.code', 'measures.sector_code'],
  );
}

/**
 * A plan's measures; the caller picks the columns and may join what they hold (indicators,
 * reductions, texts …).
 */
export function planMeasuresQuery(db: Kysely<Tables>, city: string, plan: string) {
  return db
    .selectFrom('measures')
    .where('measures.city_id', '=', city)
    .where('measures.plan_code', '=', plan);
}

/** A plan's measures in printed order (their sector's position, then their number), sector joined. */
export function planMeasuresInOrderQuery(db: Kysely<Tables>, city: string, plan: string) {
  return planMeasuresQuery(db, city, plan)
    .innerJoin('plan_sectors', onSectorOfMeasure)
    .orderBy('plan_sectors.position')
    .orderBy('measures.no');
}

/** A plan's indicators, with their measures joined; the caller picks the columns and may join more. */
export function planIndicatorsQuery(db: Kysely<Tables>, city: string, plan: string) {
  return planMeasuresQuery(db, city, plan).innerJoin('indicators', (j) =>
    onSameCity(j, ['indicators.measure_id', 'measures.id']),
  );
}

/**
 * One measure named as printed (plan, sector, number), with its plan and its agency (if any)
 * joined; the caller picks the columns and may join more.
 */
export function measureByNumberQuery(
  db: Kysely<Tables>,
  city: string,
  plan: string,
  sector: string,
  no: number,
) {
  return db
    .selectFrom('measures')
    .innerJoin('plans', (j) => onSameCity(j, ['plans.code', 'measures.plan_code']))
    .leftJoin('agencies', (j) => onSameCity(j, ['agencies.code', 'measures.agency_code']))
    .where('measures.city_id', '=', city)
    .where('measures.plan_code', '=', plan)
    .where('measures.sector_code', '=', sector)
    .where('measures.no', '=', no);
}

/** What measureByNumberQuery found, or NOT_FOUND at `measure` naming the measure as printed. */
export function measureFound<R>(
  row: R | undefined,
  key: { city: string; plan: string; sector: string; no: number },
): R {
  if (row) return row;
  const measure = `measure ${key.sector} no. ${key.no}`;
  throw new NetZeroError(
    'NOT_FOUND',
    `measure: plan "${key.plan}" of "${key.city}" has no ${measure}`,
    [{ path: 'measure', message: `no ${measure}` }],
  );
}

/** A figure as the progress engine reads it: its indicator, period, value and basis. */
export const resultFigureColumns = [
  'results.indicator_id',
  'results.period_start',
  'results.period_end',
  'results.value',
  'results.basis',
] as const;

/** A reduction as recorded: its period and method, the tonnes reported or the quantity and factor. */
export const reductionColumns = [
  'reductions.period_start',
  'reductions.period_end',
  'reductions.method',
  'reductions.value_t',
  'reductions.resolution_t',
  'reductions.quantity',
  'reductions.quantity_unit',
  'reductions.factor_code',
  'reductions.factor_version',
] as const;

/** The figures of one measure's (or several measures') indicators in period order; the caller picks the columns. */
export function measureResultsQuery(
  db: Kysely<Tables>,
  city: string,
  measureIds: number | readonly number[],
) {
  const query = db
    .selectFrom('results')
    .innerJoin('indicators', (j) => onSameCity(j, ['indicators.id', 'results.indicator_id']))
    .where('indicators.city_id', '=', city);
  return (
    typeof measureIds === 'number'
      ? query.where('indicators.measure_id', '=', measureIds)
      : query.where('indicators.measure_id', 'in', measureIds)
  )
    .orderBy('results.period_end')
    .orderBy('results.period_start');
}
