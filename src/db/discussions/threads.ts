import type { Kysely, Selectable } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import type { FollowUpState } from '../../core/committee/vocabulary.js';
import { followUpAfterDecision } from '../../core/discussions/follow-up.js';
import { subjectKey, type DiscussionSubject } from '../../core/discussions/subject.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import type { DiscussionThreadsTable } from '../tables-discussions.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';

export interface Thread {
  id: number;
  subject: DiscussionSubject;
  title: string | null;
  assignedAgency: string | null;
  followUp: FollowUpState | null;
  createdBy: string;
  createdAt: string;
  version: number;
}

/** The subject's columns in discussion_threads: its kind's ids set, the others null. */
function subjectColumns(subject: DiscussionSubject) {
  return {
    subject_kind: subject.kind,
    round_id: subject.kind === 'submission' ? subject.roundId : null,
    measure_id: subject.kind === 'indicator' ? null : subject.measureId,
    indicator_id: subject.kind === 'indicator' ? subject.indicatorId : null,
  };
}

function toSubject(
  row: Pick<DiscussionThreadsTable, 'subject_kind' | 'round_id' | 'measure_id' | 'indicator_id'>,
): DiscussionSubject {
  const id = (value: number | null) => {
    // The table's CHECK keeps each kind's ids set; a null here means it was bypassed.
    if (value === null)
      throw new NetZeroError('INTERNAL', `a ${row.subject_kind} thread lacks an id`);
    return value;
  };
  switch (row.subject_kind) {
    case 'submission':
      return { kind: 'submission', roundId: id(row.round_id), measureId: id(row.measure_id) };
    case 'measure':
      return { kind: 'measure', measureId: id(row.measure_id) };
    case 'indicator':
      return { kind: 'indicator', indicatorId: id(row.indicator_id) };
  }
}

function toThread(row: Selectable<DiscussionThreadsTable>): Thread {
  return {
    id: row.id,
    subject: toSubject(row),
    title: row.title,
    assignedAgency: row.assigned_agency_code,
    followUp: row.follow_up,
    createdBy: row.created_by,
    createdAt: row.created_at,
    version: row.version,
  };
}

/** The subject's threads, oldest first. */
export async function listThreads(
  db: Kysely<Tables>,
  city: string,
  subject: DiscussionSubject,
): Promise<Thread[]> {
  const c = subjectColumns(subject);
  const rows = await selectCityRows(db, 'discussion_threads', city)
    .selectAll()
    .where('subject_kind', '=', c.subject_kind)
    .where('round_id', c.round_id === null ? 'is' : '=', c.round_id)
    .where('measure_id', c.measure_id === null ? 'is' : '=', c.measure_id)
    .where('indicator_id', c.indicator_id === null ? 'is' : '=', c.indicator_id)
    .orderBy('id')
    .execute();
  return rows.map(toThread);
}

export interface NewThread {
  createdBy: string;
  title?: string;
  /** The agency asked to answer (a committee member's comment); its code in the city. */
  assignedAgency?: string;
  /** Open a follow-up (the thread asks for an answer and is closed when one is accepted). */
  followUp?: boolean;
}

/** Opens a thread about a subject, inside the caller's transaction. */
export async function openThread(
  trx: Kysely<Tables>,
  city: string,
  subject: DiscussionSubject,
  thread: NewThread,
): Promise<Thread> {
  const row = await trx
    .insertInto('discussion_threads')
    .values({
      city_id: city,
      ...subjectColumns(subject),
      title: thread.title ?? null,
      assigned_agency_code: thread.assignedAgency ?? null,
      follow_up: thread.followUp ? 'open' : null,
      created_by: thread.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toThread(row);
}

/** The thread, locked for the caller's transaction (comments and follow-up change it). */
export async function lockThread(trx: Kysely<Tables>, city: string, id: number): Promise<Thread> {
  const row = await selectCityRows(trx, 'discussion_threads', city)
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row)
    throw new NetZeroError('NOT_FOUND', `${city} has no discussion thread ${String(id)}`, [
      { path: 'thread', message: 'not found' },
    ]);
  return toThread(row);
}

/** The secretariat closes a follow-up or keeps it open, with its audit entry (one transaction). */
export async function changeFollowUp(
  db: Kysely<Tables>,
  city: string,
  threadId: number,
  event: 'close' | 'keep_open',
  actor: string,
): Promise<Thread> {
  return db.transaction().execute(async (trx) => {
    const thread = await lockThread(trx, city, threadId);
    const next = followUpAfterDecision(thread.followUp, event);
    const row = await updateCityRows(trx, 'discussion_threads', city)
      .set((eb) => ({ follow_up: next, version: eb('version', '+', 1) }))
      .where('id', '=', threadId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      city,
      actor,
      action: `discussion.${event}`,
      entity: 'discussion',
      entityKey: `${subjectKey(thread.subject)}/${String(threadId)}`,
      before: { followUp: thread.followUp },
      after: { followUp: next },
    });
    return toThread(row);
  });
}
