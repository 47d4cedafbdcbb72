import { sql, type Kysely } from 'kysely';
import { fromDayNumber, type IsoDate, type Period } from '../../core/dates.js';
import type { ResultBasis } from '../../core/targets.js';
import type { Tables } from '../tables.js';

export interface ResultRow {
  indicator_id: number;
  period_start: IsoDate;
  period_end: IsoDate;
  value: string;
  basis: ResultBasis;
}

interface Scope {
  city: string;
  plan: string;
  asOf: IsoDate;
  planPeriod: Period;
}

/** Every figure of the plan's indicators (or of those listed) whose period had ended by the as-of date. */
export async function loadAllResults(
  db: Kysely<Tables>,
  scope: Scope,
  indicatorIds?: readonly number[],
): Promise<ResultRow[]> {
  let query = db
    .selectFrom('results')
    .innerJoin('indicators', (j) =>
      j
        .onRef('indicators.city_id', '=', 'results.city_id')
        .onRef('indicators.id', '=', 'results.indicator_id'),
    )
    .innerJoin('measures', (j) =>
      j
        .onRef('measures.city_id', '=', 'indicators.city_id')
        .onRef('measures.id', '=', 'indicators.measure_id'),
    )
    .select([
      'results.indicator_id',
      'results.period_start',
      'results.period_end',
      'results.value',
      'results.basis',
    ])
    .where('measures.city_id', '=', scope.city)
    .where('measures.plan_code', '=', scope.plan)
    .where('results.period_end', '<=', scope.asOf);
  if (indicatorIds) {
    if (indicatorIds.length === 0) return [];
    query = query.where('results.indicator_id', 'in', indicatorIds);
  }
  return query.execute();
}

/**
 * The same figures, condensed in the database to what the progress engine can tell apart, so a
 * plan with ten years of monthly figures sends one or two rows per indicator-year, not twelve.
 *
 * The engine reads figures only through `latestLevel` (a total sets the level, an increment
 * adds to it) over three kinds of subset: all figures known by the as-of date, those starting
 * on or after the plan start, and those inside one calendar year clipped to the plan. So the
 * figures of one indicator are grouped into buckets — calendar year × before/after the plan
 * start × before/after the plan end — that every such subset takes whole or not at all, and
 * that never interleave in time. In the engine's order (period end, then start), a bucket
 * changes a level only through its last total and the increments after it; so a bucket of
 * increments becomes one increment spanning them, a bucket of totals its last total, and a
 * bucket whose increments all follow (or all precede) its last total the total and (or not)
 * the increments' sum.
 *
 * An indicator with a figure that crosses a year end or a plan boundary (110~112/9), or with a
 * bucket mixing increments before and after its last total, is sent whole, figure by figure,
 * by a second query: its figures could interleave in ways a bucket cannot keep. A unique period
 * per indicator (a table constraint) means no two figures tie in the order.
 *
 * results-condensing.test.ts checks on random figures that both loaders give the same summaries.
 */
export async function loadCondensedResults(
  db: Kysely<Tables>,
  scope: Scope,
  indicatorIds: readonly number[],
): Promise<ResultRow[]> {
  if (indicatorIds.length === 0) return [];
  const { start, end } = scope.planPeriod;
  // The engine's order as one integer: period end in days since 1970, then the start (a later
  // start sorts later), as end × 10⁶ + (500000 − length in days).
  const order = sql<number>`(r.period_end - DATE '1970-01-01')::int8 * 1000000 + 500000 - (r.period_end - r.period_start)`;
  const { rows } = await sql<BucketRow>`
    SELECT r.indicator_id,
           bool_or(r.start_year <> r.end_year
             OR (r.period_start < ${start}::date AND r.period_end >= ${start}::date)
             OR (r.period_start <= ${end}::date AND r.period_end > ${end}::date)) AS straddles,
           sum(r.value) FILTER (WHERE r.basis = 'increment') AS increments,
           min(r.period_start) FILTER (WHERE r.basis = 'increment') AS first_start,
           max(r.period_end) FILTER (WHERE r.basis = 'increment') AS last_end,
           min(${order}) FILTER (WHERE r.basis = 'increment') AS first_increment,
           max(${order}) FILTER (WHERE r.basis = 'increment') AS last_increment,
           max(${order}) FILTER (WHERE r.basis = 'total') AS last_total,
           (array_agg(r.value ORDER BY r.period_end DESC, r.period_start DESC)
             FILTER (WHERE r.basis = 'total'))[1] AS total
    FROM results r
    WHERE r.city_id = ${scope.city} AND r.indicator_id = ANY(${indicatorIds}::int[])
      AND r.period_end <= ${scope.asOf}::date
    GROUP BY r.indicator_id, r.start_year,
             r.period_start >= ${start}::date, r.period_end <= ${end}::date`.execute(db);

  const condensed: ResultRow[] = [];
  const whole = new Set<number>();
  for (const bucket of rows) {
    const figures = condenseBucket(bucket);
    if (figures === null) whole.add(bucket.indicator_id);
    else condensed.push(...figures);
  }
  if (whole.size === 0) return condensed;
  const kept = condensed.filter((row) => !whole.has(row.indicator_id));
  const all = await loadAllResults(db, scope, [...whole]);
  return [...kept, ...all];
}

interface BucketRow {
  indicator_id: number;
  straddles: boolean;
  increments: string | null;
  first_start: IsoDate | null;
  last_end: IsoDate | null;
  first_increment: number | null;
  last_increment: number | null;
  last_total: number | null;
  total: string | null;
}

/** A bucket's figures as the engine needs them, or null when the indicator must go whole. */
function condenseBucket(b: BucketRow): ResultRow[] | null {
  if (b.straddles) return null;
  const id = b.indicator_id;
  const incrementSum =
    b.increments !== null && b.first_start !== null && b.last_end !== null
      ? {
          indicator_id: id,
          period_start: b.first_start,
          period_end: b.last_end,
          value: b.increments,
          basis: 'increment' as const,
        }
      : null;
  if (b.last_total === null || b.total === null) return incrementSum ? [incrementSum] : [];
  const total = {
    indicator_id: id,
    ...periodOf(b.last_total),
    value: b.total,
    basis: 'total' as const,
  };
  if (!incrementSum || b.last_increment === null || b.first_increment === null) return [total];
  if (b.last_increment < b.last_total) return [total]; // every increment precedes the total
  if (b.first_increment > b.last_total) return [total, incrementSum]; // every one follows it
  return null;
}

/** Decodes the order integer back into the period it was made from. */
function periodOf(order: number): { period_start: IsoDate; period_end: IsoDate } {
  const endDay = Math.floor(order / 1_000_000);
  const length = 500_000 - (order - endDay * 1_000_000);
  return { period_start: fromDayNumber(endDay - length), period_end: fromDayNumber(endDay) };
}
