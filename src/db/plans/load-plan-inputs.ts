import type { Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import type { IsoDate } from '../../core/dates.js';
import { NetZeroError } from '../../core/errors.js';
import type { IndicatorInput, MeasureInput, PlanInput } from '../../core/plan-summary/types.js';
import type { ResultFigure, Target } from '../../core/targets.js';
import type { Tables } from '../tables.js';
import { loadAllResults, loadCondensedResults } from './load-results.js';
import { storedReductions } from './stored-reductions.js';
import { onSameCity, selectCityRows } from '../city-scope.js';
import {
  planIndicatorsQuery,
  planMeasuresQuery,
  reductionColumns,
  schedulePointsQuery,
} from '../measures/measure-rows.js';
import { groupBy } from '../group-rows.js';

export interface LoadOptions {
  /** false: send every figure instead of the condensed set (load-results.ts); for tests. */
  condenseResults?: boolean;
}

/**
 * Loads what the progress engine needs for one plan at an as-of date: plan, sectors, measures,
 * indicators with targets, results whose period had ended by the as-of date, and reductions.
 * Eight queries regardless of the plan's size (a ninth when some indicator's figures cannot be
 * condensed, load-results.ts); notes and texts are not read.
 */
export async function loadPlanInputs(
  db: Kysely<Tables>,
  cityId: string,
  planCode: string,
  asOf: IsoDate,
  options: LoadOptions = {},
): Promise<{ plan: PlanInput; measures: MeasureInput[] }> {
  const plan = await selectCityRows(db, 'plans', cityId)
    .selectAll()
    .where('code', '=', planCode)
    .executeTakeFirst();
  if (!plan)
    throw new NetZeroError('NOT_FOUND', `city "${cityId}" has no plan "${planCode}"`, [
      { path: 'plan', message: 'not found' },
    ]);
  const scope = { city: cityId, plan: planCode };
  const resultScope = {
    ...scope,
    asOf,
    planPeriod: { start: plan.start_date, end: plan.end_date },
  };
  const loadResults = (indicatorIds: number[]) =>
    options.condenseResults === false
      ? loadAllResults(db, resultScope, indicatorIds)
      : loadCondensedResults(db, resultScope, indicatorIds);
  const [sectors, measures, { rows: indicators, results }, points, reductions, factors] =
    await Promise.all([
      selectCityRows(db, 'plan_sectors', scope.city)
        .select(['code', 'name', 'published_reduction_t'])
        .where('plan_code', '=', scope.plan)
        .orderBy('position')
        .execute(),
      planMeasuresQuery(db, scope.city, scope.plan)
        .leftJoin('agencies', (j) => onSameCity(j, ['agencies.code', 'measures.agency_code']))
        .select([
          'measures.id',
          'measures.sector_code',
          'measures.no',
          'measures.name',
          'measures.agency_code',
          'agencies.name as agency_name',
        ])
        .execute(),
      // The figures are picked by indicator id (no joins), so they follow the indicators; the
      // other queries run meanwhile on PostgreSQL's pool.
      planIndicatorsQuery(db, scope.city, scope.plan)
        .select([
          'indicators.id',
          'indicators.measure_id',
          'indicators.key',
          'indicators.label',
          'indicators.unit',
          'indicators.target_kind',
          'indicators.target_value',
          'indicators.baseline_value',
          'indicators.baseline_date',
          'indicators.due_date',
          'indicators.step',
        ])
        .orderBy('indicators.position')
        .execute()
        .then(async (rows) => ({ rows, results: await loadResults(rows.map((i) => i.id)) })),
      schedulePointsQuery(db, scope.city)
        .innerJoin('measures', (j) => onSameCity(j, ['measures.id', 'indicators.measure_id']))
        .where('measures.plan_code', '=', scope.plan)
        .execute(),
      planMeasuresQuery(db, scope.city, scope.plan)
        .innerJoin('reductions', (j) => onSameCity(j, ['reductions.measure_id', 'measures.id']))
        .select(['reductions.measure_id', 'reductions.indicator_id', ...reductionColumns])
        .orderBy('reductions.position')
        .execute(),
      selectCityRows(db, 'emission_factors', scope.city)
        .select(['code', 'version', 'value', 'unit', 'year', 'source_code'])
        .execute(),
    ]);

  const resultsByIndicator = groupBy(results, (r) => r.indicator_id);
  const pointsByIndicator = groupBy(points, (p) => p.indicator_id);
  const indicatorsByMeasure = groupBy(indicators, (i) => i.measure_id);
  const reductionsByMeasure = groupBy(reductions, (r) => r.measure_id);
  const keyOf = new Map(indicators.map((i) => [i.id, i.key]));
  const reductionOf = storedReductions(factors);
  const published = new Map(
    sectors.flatMap((s) =>
      s.published_reduction_t === null
        ? []
        : [[s.code, new Decimal(s.published_reduction_t)] as const],
    ),
  );

  return {
    plan: {
      city: cityId,
      code: plan.code,
      period: { start: plan.start_date, end: plan.end_date },
      sectors: sectors.map((s) => ({ code: s.code, name: s.name })),
      goalReductionT:
        plan.goal_reduction_t === null ? undefined : new Decimal(plan.goal_reduction_t),
      published:
        plan.published_total_t === null && published.size === 0
          ? undefined
          : {
              totalReductionT:
                plan.published_total_t === null ? undefined : new Decimal(plan.published_total_t),
              sectorReductionT: Object.fromEntries(published),
            },
    },
    measures: measures.map((m) => ({
      sector: m.sector_code,
      no: m.no,
      agency:
        m.agency_code === null
          ? null
          : { code: m.agency_code, name: m.agency_name ?? m.agency_code },
      name: m.name,
      indicators: (indicatorsByMeasure.get(m.id) ?? []).map((i): IndicatorInput => ({
        key: i.key,
        label: i.label,
        unit: i.unit,
        target: toTarget(i, pointsByIndicator.get(i.id) ?? []),
        results: (resultsByIndicator.get(i.id) ?? []).map((r): ResultFigure => ({
          period: { start: r.period_start, end: r.period_end },
          value: new Decimal(r.value),
          basis: r.basis,
        })),
      })),
      reductions: (reductionsByMeasure.get(m.id) ?? []).map((r) => {
        const reduction = reductionOf(r);
        if (!reduction)
          throw new NetZeroError(
            'INTERNAL',
            `reduction of measure ${m.sector_code} ${m.no} names a missing factor`,
          );
        const indicatorKey = r.indicator_id === null ? undefined : keyOf.get(r.indicator_id);
        return { ...reduction, indicatorKey };
      }),
    })),
  };
}

export type IndicatorRow = {
  target_kind: Target['kind'];
  target_value: string | null;
  baseline_value: string | null;
  baseline_date: string | null;
  due_date: string | null;
  step: string | null;
};

export function toTarget(
  row: IndicatorRow,
  points: readonly { year: number; value: string }[],
): Target {
  const value = () => new Decimal(row.target_value ?? '0');
  const baseline =
    row.baseline_value !== null && row.baseline_date !== null
      ? { value: new Decimal(row.baseline_value), date: row.baseline_date }
      : undefined;
  const needBaseline = () => {
    if (!baseline)
      throw new NetZeroError(
        'INTERNAL',
        `a ${row.target_kind} target without a baseline reached the engine`,
      );
    return baseline;
  };
  switch (row.target_kind) {
    case 'cumulative':
      return { kind: 'cumulative', value: value(), dueDate: row.due_date ?? undefined };
    case 'annual_rate':
      return { kind: 'annual_rate', value: value() };
    case 'level':
      return {
        kind: 'level',
        value: value(),
        baseline: needBaseline(),
        dueDate: row.due_date ?? undefined,
      };
    case 'schedule':
      return {
        kind: 'schedule',
        points: points.map((p) => ({ year: p.year, value: new Decimal(p.value) })),
        baseline,
      };
    case 'annual_change':
      return {
        kind: 'annual_change',
        baseline: needBaseline(),
        step: new Decimal(row.step ?? '0'),
      };
    case 'observation':
      return { kind: 'observation' };
  }
}
