import type { Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import { endOfYear, yearOf, type IsoDate } from '../../core/dates.js';
import { NetZeroError } from '../../core/errors.js';
import { computeIndicatorProgress } from '../../core/progress/compute-indicator-progress.js';
import type { ResultFigure } from '../../core/targets.js';
import type { MeasureDetail } from '../../contracts/api/measures.js';
import { presentPlanSummary } from '../../contracts/plan-summary.js';
import { bothOrNull } from '../city/document-fields.js';
import type { Tables } from '../tables.js';
import {
  loadMeasureIndicatorRows,
  measureByNumberQuery,
  measureFound,
  measureResultsQuery,
  resultFigureColumns,
} from './measure-rows.js';
import { toTarget } from '../plans/load-plan-inputs.js';
import { getPlanSummary } from '../plans/plan-summary.js';
import { onSameCity, selectCityRows } from '../city-scope.js';
import { onSectorOfMeasure } from './measure-rows.js';

const ratio = (value: Decimal | null) =>
  value === null ? null : value.toDecimalPlaces(4).toFixed();

/**
 * Everything the public page of one measure shows at an as-of date: its indicators with unit,
 * target and every published figure, the actual-vs-expected line at each year end, the
 * qualitative results and lagging explanations. Status and reduction come from the plan
 * summary, so the page and the overview never disagree.
 */
export async function getMeasureDetail(
  db: Kysely<Tables>,
  city: string,
  plan: string,
  sector: string,
  no: number,
  asOf: IsoDate,
): Promise<MeasureDetail> {
  const found = await measureByNumberQuery(db, city, plan, sector, no)
    .innerJoin('plan_sectors', onSectorOfMeasure)
    .select([
      'measures.id',
      'measures.name',
      'measures.version',
      'measures.agency_code',
      'agencies.name as agency_name',
      'agencies.name_en as agency_name_en',
      'plan_sectors.name as sector_name',
      'plans.start_date',
      'plans.end_date',
    ])
    .executeTakeFirst();
  const measure = measureFound(found, { city, plan, sector, no });
  const [{ indicators, points }, results, qualitative, explanations, summary] = await Promise.all([
    loadMeasureIndicatorRows(db, city, measure.id),
    measureResultsQuery(db, city, measure.id)
      .select([...resultFigureColumns, 'results.text'])
      .execute(),
    selectCityRows(db, 'qualitative_results', city)
      .select(['period_start', 'period_end', 'text'])
      .where('measure_id', '=', measure.id)
      .orderBy('period_end')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('lagging_explanations')
      .leftJoin('indicators', (j) =>
        onSameCity(j, ['indicators.id', 'lagging_explanations.indicator_id']),
      )
      .select([
        'lagging_explanations.as_of',
        'indicators.key as indicator_key',
        'lagging_explanations.text',
        'lagging_explanations.progress_text',
      ])
      .where('lagging_explanations.city_id', '=', city)
      .where('lagging_explanations.measure_id', '=', measure.id)
      .orderBy('lagging_explanations.as_of')
      .orderBy('lagging_explanations.position')
      .execute(),
    getPlanSummary(db, city, plan, asOf).then(presentPlanSummary),
  ]);
  const summed = summary.measures.find((m) => m.sector === sector && m.no === no);
  if (!summed)
    throw new NetZeroError(
      'INTERNAL',
      `measure ${sector} no. ${no} is missing from its plan summary`,
    );
  const planPeriod = { start: measure.start_date, end: measure.end_date };
  const lineDates = yearEnds(planPeriod.start, planPeriod.end, asOf);
  return {
    city,
    plan,
    asOf,
    sector: sector as MeasureDetail['sector'],
    sectorName: measure.sector_name,
    no,
    name: measure.name,
    agency:
      measure.agency_code === null
        ? null
        : {
            code: measure.agency_code,
            name: measure.agency_name ?? measure.agency_code,
            nameEn: measure.agency_name_en,
          },
    status: summed.status,
    reductionT: summed.reductionT,
    version: measure.version,
    indicators: indicators.map((row) => {
      const schedule = points.filter((p) => p.indicator_id === row.id);
      const target = toTarget(row, schedule);
      const rows = results.filter((r) => r.indicator_id === row.id);
      const figures: ResultFigure[] = rows.map((r) => ({
        period: { start: r.period_start, end: r.period_end },
        value: new Decimal(r.value),
        basis: r.basis,
      }));
      const progressAt = (date: IsoDate) =>
        computeIndicatorProgress({ plan: planPeriod, target, results: figures, asOf: date });
      const now = summed.indicators.find((i) => i.key === row.key);
      return {
        key: row.key,
        label: row.label,
        unit: row.unit,
        targetKind: row.target_kind,
        targetText: row.target_text,
        target:
          now?.target ?? ratio(row.target_value === null ? null : new Decimal(row.target_value)),
        baseline: bothOrNull(row.baseline_value, row.baseline_date, (value, date) => ({
          value,
          date,
        })),
        dueDate: row.due_date,
        step: row.step,
        schedule: schedule.map((p) => ({ year: p.year, value: p.value })),
        results: rows.map((r) => ({
          periodStart: r.period_start,
          periodEnd: r.period_end,
          value: r.value,
          basis: r.basis,
          text: r.text,
        })),
        yearly:
          row.target_kind === 'observation'
            ? []
            : lineDates.map((date) => {
                const p = progressAt(date);
                return {
                  date,
                  actual: date <= asOf && p.actual !== null ? p.actual.toFixed() : null,
                  expected: ratio(p.expectedToDate),
                };
              }),
        status: now?.status ?? 'observation',
        reason: now?.reason ?? 'not_quantified',
        actual: now?.actual ?? null,
        expectedToDate: now?.expectedToDate ?? null,
        latestPeriodEnd: now?.latestPeriodEnd ?? null,
      };
    }),
    qualitativeResults: qualitative.map((q) => ({
      periodStart: q.period_start,
      periodEnd: q.period_end,
      text: q.text,
    })),
    laggingExplanations: explanations.map((e) => ({
      asOf: e.as_of,
      indicatorKey: e.indicator_key,
      text: e.text,
      progressText: e.progress_text,
    })),
  };
}

/** Each year end of the plan, plus the as-of date when it falls inside: the chart's x axis. */
function yearEnds(start: IsoDate, end: IsoDate, asOf: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let y = yearOf(start); y <= yearOf(end); y++)
    dates.push(endOfYear(y) > end ? end : endOfYear(y));
  if (asOf >= start && asOf <= end && !dates.includes(asOf)) dates.push(asOf);
  return dates.sort();
}
