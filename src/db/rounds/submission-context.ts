import type { Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import type { Target } from '../../core/targets.js';
import { toTarget } from '../plans/load-plan-inputs.js';
import type { Tables } from '../tables.js';
import {
  loadMeasureIndicatorRows,
  measureByNumberQuery,
  measureFound,
  measureResultsQuery,
  resultFigureColumns,
} from '../measures/measure-rows.js';
import { requireRoundRow } from './find-round.js';
import { type ResultBasis } from '../../core/targets.js';
import { type RoundStatus } from '../../core/vocabulary/lists.js';
import { childrenBy } from '../group-rows.js';

/** The round, the measure and its indicators: what every submission operation starts from. */
export interface SubmissionContext {
  city: string;
  round: {
    id: number;
    plan: string;
    title: string;
    periodStart: string;
    cutOff: string;
    dueDate: string;
    status: RoundStatus;
  };
  plan: { start: string; end: string };
  measure: {
    id: number;
    sector: string;
    no: number;
    name: string;
    agencyCode: string | null;
    agencyName: string | null;
  };
  indicators: {
    id: number;
    key: string;
    label: string;
    unit: string;
    targetKind: Target['kind'];
    target: Target;
    targetValue: string | null;
    /** Published figures, oldest first. */
    results: {
      id: number;
      periodStart: string;
      periodEnd: string;
      value: string;
      basis: ResultBasis;
    }[];
  }[];
}

export async function loadSubmissionContext(
  db: Kysely<Tables>,
  city: string,
  roundId: number,
  sector: string,
  no: number,
): Promise<SubmissionContext> {
  const round = await requireRoundRow(db, city, roundId);
  const plan = round.plan_code;
  const found = await measureByNumberQuery(db, city, plan, sector, no)
    .select([
      'measures.id',
      'measures.name',
      'measures.agency_code',
      'agencies.name as agency_name',
      'plans.start_date',
      'plans.end_date',
    ])
    .executeTakeFirst();
  const measure = measureFound(found, { city, plan, sector, no });
  const [{ indicators, points }, results] = await Promise.all([
    loadMeasureIndicatorRows(db, city, measure.id),
    measureResultsQuery(db, city, measure.id)
      .select(['results.id', ...resultFigureColumns])
      .execute(),
  ]);
  const resultsOf = childrenBy(results, 'indicator_id');
  return {
    city,
    round: {
      id: round.id,
      plan: round.plan_code,
      title: round.title,
      periodStart: round.period_start,
      cutOff: round.cut_off,
      dueDate: round.due_date,
      status: round.status,
    },
    plan: { start: measure.start_date, end: measure.end_date },
    measure: {
      id: measure.id,
      sector,
      no,
      name: measure.name,
      agencyCode: measure.agency_code,
      agencyName: measure.agency_name,
    },
    indicators: indicators.map((i) => ({
      id: i.id,
      key: i.key,
      label: i.label,
      unit: i.unit,
      targetKind: i.target_kind,
      target: toTarget(
        i,
        points.filter((p) => p.indicator_id === i.id),
      ),
      targetValue: i.target_value === null ? null : new Decimal(i.target_value).toFixed(),
      results: resultsOf(i.id).map((r) => ({
        id: r.id,
        periodStart: r.period_start,
        periodEnd: r.period_end,
        value: r.value,
        basis: r.basis,
      })),
    })),
  };
}
