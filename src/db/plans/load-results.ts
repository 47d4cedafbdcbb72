import { sql, type Kysely } from 'kysely';
import { dayNumber, fromDayNumber, type IsoDate, type Period } from '../../core/dates.js';
import type { ResultBasis } from '../../core/targets.js';
import type { Tables } from '../tables.js';
import { onSameCity } from '../city-scope.js';
import { resultFigureColumns } from '../measures/measure-rows.js';

/**
 * Day zero of the order integer: the first day an IsoDate can name, so every order is
 * non-negative (PostgreSQL's integer / and % truncate toward zero) and at most ~3.65 × 10¹², well
 * inside JavaScript's exact integers.
 */
const ORDER_EPOCH = '0001-01-01';

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

/**
 * The figures of a plan's indicators whose period had ended by the as-of date, joined to their
 * indicator and measure; the caller picks the columns and the order.
 */
export function planResultsQuery(
  db: Kysely<Tables>,
  scope: { city: string; plan: string; asOf: IsoDate },
) {
  return db
    .selectFrom('results')
    .innerJoin('indicators', (j) => onSameCity(j, ['indicators.id', 'results.indicator_id']))
    .innerJoin('measures', (j) => onSameCity(j, ['measures.id', 'indicators.measure_id']))
    .where('measures.city_id', '=', scope.city)
    .where('measures.plan_code', '=', scope.plan)
    .where('results.period_end', '<=', scope.asOf);
}

/** Every figure of the plan's indicators (or of those listed) whose period had ended by the as-of date. */
export async function loadAllResults(
  db: Kysely<Tables>,
  scope: Scope,
  indicatorIds?: readonly number[],
): Promise<ResultRow[]> {
  let query = planResultsQuery(db, scope).select(resultFigureColumns);
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
  // The engine's order as one integer: period end in days since ORDER_EPOCH, then the start (a
  // later start sorts later), as end × 10⁶ + (500000 − length in days).
  const order = sql<number>`(r.period_end - ${ORDER_EPOCH}::date)::int8 * 1000000 + 500000 - (r.period_end - r.period_start)`;
  // The last total's value is looked up by its period in the unique index, after grouping:
  // an ordered array_agg would force a sort of every figure.
  const { rows } = await sql<BucketRow>`
    WITH buckets AS (
      SELECT indicator_id,
             bool_or(straddles) AS straddles,
             sum(value) FILTER (WHERE basis = 'increment') AS increments,
             min(ord) FILTER (WHERE basis = 'increment') AS first_increment,
             max(ord) FILTER (WHERE basis = 'increment') AS last_increment,
             max(ord) FILTER (WHERE basis = 'total') AS last_total
      FROM (
        SELECT r.indicator_id, r.value, r.basis, r.start_year, ${order} AS ord,
               r.period_start >= ${start}::date AS after_start,
               r.period_end <= ${end}::date AS before_end,
               (r.start_year <> r.end_year
                 OR (r.period_start < ${start}::date AND r.period_end >= ${start}::date)
                 OR (r.period_start <= ${end}::date AND r.period_end > ${end}::date)) AS straddles
        FROM results r
        WHERE r.city_id = ${scope.city} AND r.indicator_id = ANY(${indicatorIds}::int[])
          AND r.period_end <= ${scope.asOf}::date
      ) known
      GROUP BY indicator_id, start_year, after_start, before_end
    ), located AS (
      SELECT buckets.*,
             ${ORDER_EPOCH}::date + (last_total / 1000000)::int AS total_end,
             ${ORDER_EPOCH}::date + (last_total / 1000000)::int
               - (500000 - last_total % 1000000)::int AS total_start
      FROM buckets
    )
    SELECT located.*, t.value AS total
    FROM located
    LEFT JOIN LATERAL (
      SELECT value FROM results t
      WHERE t.city_id = ${scope.city} AND t.indicator_id = located.indicator_id
        AND t.period_start = located.total_start AND t.period_end = located.total_end
      LIMIT 1 -- keeps the planner from turning the lookups into a hash of every figure
    ) t ON true`.execute(db);

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
  first_increment: number | null;
  last_increment: number | null;
  last_total: number | null;
  total_start: IsoDate | null;
  total_end: IsoDate | null;
  total: string | null;
}

/** A bucket's figures as the engine needs them, or null when the indicator must go whole. */
function condenseBucket(b: BucketRow): ResultRow[] | null {
  if (b.straddles) return null;
  const id = b.indicator_id;
  // The increments' sum spans from the start of the first (in the engine's order) to the end of
  // the last: inside the bucket, which is all the engine's windows look at.
  const incrementSum =
    b.increments !== null && b.first_increment !== null && b.last_increment !== null
      ? {
          indicator_id: id,
          period_start: periodOf(b.first_increment).start,
          period_end: periodOf(b.last_increment).end,
          value: b.increments,
          basis: 'increment' as const,
        }
      : null;
  if (b.last_total === null) return incrementSum ? [incrementSum] : [];
  // The lookup of the last total always finds it (it is the row the order came from); if it
  // ever did not, sending the indicator whole is still right.
  if (b.total === null || b.total_start === null || b.total_end === null) return null;
  const total = {
    indicator_id: id,
    period_start: b.total_start,
    period_end: b.total_end,
    value: b.total,
    basis: 'total' as const,
  };
  if (!incrementSum || b.last_increment === null || b.first_increment === null) return [total];
  if (b.last_increment < b.last_total) return [total]; // every increment precedes the total
  if (b.first_increment > b.last_total) return [total, incrementSum]; // every one follows it
  return null;
}

/** The period an order integer was made from (ORDER_EPOCH + days). */
function periodOf(order: number): Period {
  const endDay = Math.floor(order / 1_000_000);
  const length = 500_000 - (order - endDay * 1_000_000);
  const epoch = dayNumber(ORDER_EPOCH);
  return { start: fromDayNumber(epoch + endDay - length), end: fromDayNumber(epoch + endDay) };
}
