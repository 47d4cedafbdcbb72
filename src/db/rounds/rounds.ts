import type { Kysely } from 'kysely';
import type {
  OpenRoundRequest,
  OverdueResponse,
  RoundResponse,
} from '../../contracts/api/rounds.js';
import { NetZeroError, staleVersion } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { type RoundStatus } from '../../core/vocabulary/lists.js';
import { onSameCity, selectCityRows, updateCityRows } from '../city-scope.js';

export async function openRound(
  db: Kysely<Tables>,
  city: string,
  input: OpenRoundRequest,
  actor: string,
): Promise<RoundResponse> {
  return db.transaction().execute(async (trx) => {
    const plan = await selectCityRows(trx, 'plans', city)
      .select(['code', 'start_date', 'end_date'])
      .where('code', '=', input.plan)
      .executeTakeFirst();
    if (!plan)
      throw new NetZeroError('NOT_FOUND', `plan: ${city} has no plan "${input.plan}"`, [
        { path: 'plan', message: 'not found' },
      ]);
    const periodStart = input.periodStart ?? `${input.cutOff.slice(0, 4)}-01-01`;
    if (periodStart < plan.start_date || input.cutOff > plan.end_date)
      throw new NetZeroError(
        'VALIDATION_FAILED',
        `cutOff: the round's period ${periodStart}…${input.cutOff} must lie inside the plan (${plan.start_date}…${plan.end_date})`,
        [{ path: 'cutOff', message: 'outside the plan' }],
      );
    const { id } = await trx
      .insertInto('reporting_rounds')
      .values({
        city_id: city,
        plan_code: input.plan,
        title: input.title,
        period_start: periodStart,
        cut_off: input.cutOff,
        due_date: input.dueDate,
        created_by: actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const round = await getRound(trx, city, id);
    await auditRound(trx, city, actor, 'round.open', null, round);
    return round;
  });
}

const roundFields = (r: RoundResponse) => ({
  plan: r.plan,
  title: r.title,
  periodStart: r.periodStart,
  cutOff: r.cutOff,
  dueDate: r.dueDate,
  status: r.status,
  version: r.version,
});

/** The audit entry of a round opened or changed, keyed by its id. */
function auditRound(
  trx: Kysely<Tables>,
  city: string,
  actor: string,
  action: 'round.open' | 'round.update',
  before: RoundResponse | null,
  after: RoundResponse,
) {
  return appendAudit(trx, {
    city,
    actor,
    action,
    entity: 'round',
    entityKey: String(after.id),
    before: before && roundFields(before),
    after: roundFields(after),
  });
}

export async function updateRound(
  db: Kysely<Tables>,
  city: string,
  id: number,
  change: { version: number; dueDate?: string | undefined; status?: RoundStatus | undefined },
  actor: string,
): Promise<RoundResponse> {
  return db.transaction().execute(async (trx) => {
    const before = await getRound(trx, city, id);
    if (change.dueDate !== undefined && change.dueDate < before.cutOff)
      throw new NetZeroError(
        'VALIDATION_FAILED',
        `dueDate: must be on or after the cut-off ${before.cutOff}`,
        [{ path: 'dueDate', message: 'before the cut-off' }],
      );
    const result = await updateCityRows(trx, 'reporting_rounds', city)
      .set((eb) => ({
        ...(change.dueDate === undefined ? {} : { due_date: change.dueDate }),
        ...(change.status === undefined ? {} : { status: change.status }),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', change.version)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n)
      throw staleVersion(
        `round ${id} was changed by someone else (now version ${before.version}); reload and retry`,
        before,
      );
    const after = await getRound(trx, city, id);
    await auditRound(trx, city, actor, 'round.update', before, after);
    return after;
  });
}

export async function listRounds(
  db: Kysely<Tables>,
  city: string,
  only?: number,
): Promise<RoundResponse[]> {
  let query = selectCityRows(db, 'reporting_rounds', city).selectAll().orderBy('id', 'desc');
  if (only !== undefined) query = query.where('id', '=', only);
  const rounds = await query.execute();
  if (rounds.length === 0) return [];
  const [states, measures] = await Promise.all([
    selectCityRows(db, 'submissions', city)
      .select((eb) => ['round_id', 'state', eb.fn.countAll<number>().as('n')])
      .where(
        'round_id',
        'in',
        rounds.map((r) => r.id),
      )
      .groupBy(['round_id', 'state'])
      .execute(),
    selectCityRows(db, 'measures', city)
      .select((eb) => ['plan_code', eb.fn.countAll<number>().as('n')])
      .groupBy('plan_code')
      .execute(),
  ]);
  return rounds.map((r) => {
    const count = (state: string) =>
      states.find((s) => s.round_id === r.id && s.state === state)?.n ?? 0;
    const progress = {
      draft: count('draft'),
      submitted: count('submitted'),
      returned: count('returned'),
      approved: count('approved'),
      notStarted: 0,
    };
    const total = measures.find((m) => m.plan_code === r.plan_code)?.n ?? 0;
    progress.notStarted =
      total - progress.draft - progress.submitted - progress.returned - progress.approved;
    return {
      id: r.id,
      plan: r.plan_code,
      title: r.title,
      periodStart: r.period_start,
      cutOff: r.cut_off,
      dueDate: r.due_date,
      status: r.status,
      createdAt: r.created_at,
      version: r.version,
      progress,
    };
  });
}

export async function getRound(
  db: Kysely<Tables>,
  city: string,
  id: number,
): Promise<RoundResponse> {
  const [round] = await listRounds(db, city, id);
  if (!round)
    throw new NetZeroError('NOT_FOUND', `${city} has no reporting round ${id}`, [
      { path: 'round', message: 'not found' },
    ]);
  return round;
}

/** Per agency: how many of its measures are submitted or approved; overdue once the due date passed. */
export async function roundOverdue(
  db: Kysely<Tables>,
  city: string,
  id: number,
  today: string,
): Promise<OverdueResponse> {
  const round = await getRound(db, city, id);
  const rows = await db
    .selectFrom('measures')
    .innerJoin('agencies', (j) => onSameCity(j, ['agencies.code', 'measures.agency_code']))
    .leftJoin('submissions', (j) =>
      onSameCity(j, ['submissions.measure_id', 'measures.id']).on('submissions.round_id', '=', id),
    )
    .select(['agencies.code', 'agencies.name', 'agencies.position', 'submissions.state'])
    .where('measures.city_id', '=', city)
    .where('measures.plan_code', '=', round.plan)
    .execute();
  const byAgency = new Map<
    string,
    {
      code: string;
      name: string;
      position: number;
      measures: number;
      submitted: number;
      approved: number;
    }
  >();
  for (const row of rows) {
    const a = byAgency.get(row.code) ?? {
      code: row.code,
      name: row.name,
      position: row.position,
      measures: 0,
      submitted: 0,
      approved: 0,
    };
    a.measures++;
    if (row.state === 'submitted') a.submitted++;
    if (row.state === 'approved') a.approved++;
    byAgency.set(row.code, a);
  }
  const overdue = today > round.dueDate;
  return {
    dueDate: round.dueDate,
    today,
    overdue,
    agencies: [...byAgency.values()]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({
        code: a.code,
        name: a.name,
        measures: a.measures,
        submitted: a.submitted,
        approved: a.approved,
        missing: a.measures - a.submitted - a.approved,
      })),
  };
}
