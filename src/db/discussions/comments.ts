import type { Kysely } from 'kysely';
import { checkComment, followUpAfterComment } from '../../core/discussions/follow-up.js';
import { subjectKey, type DiscussionSubject } from '../../core/discussions/subject.js';
import { NetZeroError } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { lockThread } from './threads.js';
import { onSameCity, selectCityRows, updateCityRows } from '../city-scope.js';

export interface DiscussionComment {
  id: number;
  threadId: number;
  /** The comment this one answers, in the same thread; null for a thread's top level. */
  parentId: number | null;
  author: string;
  role: string;
  body: string;
  createdAt: string;
}

export interface NewComment {
  threadId: number;
  parentId?: number;
  author: { username: string; role: string };
  body: string;
  /** The author speaks for the thread's assigned agency: the comment is its reply (follow-up replied). */
  byAssignedAgency?: boolean;
  /** The audit entry's key of this comment; by default `<subject>/<thread>/<comment>`. */
  auditKey?: (commentId: number) => string;
}

/**
 * Adds a comment (or a reply) to a thread inside the caller's transaction, with its audit
 * entry: refused on a closed follow-up, or when the parent is in another thread.
 */
export async function addComment(
  trx: Kysely<Tables>,
  city: string,
  comment: NewComment,
): Promise<DiscussionComment> {
  const thread = await lockThread(trx, city, comment.threadId);
  const parent =
    comment.parentId === undefined
      ? null
      : await selectCityRows(trx, 'discussion_comments', city)
          .select(['thread_id as threadId'])
          .where('id', '=', comment.parentId)
          .executeTakeFirst();
  if (parent === undefined)
    throw new NetZeroError('NOT_FOUND', `comment ${String(comment.parentId)} not found`, [
      { path: 'parentId', message: 'not found' },
    ]);
  checkComment(thread, parent);
  const row = await trx
    .insertInto('discussion_comments')
    .values({
      city_id: city,
      thread_id: thread.id,
      parent_id: comment.parentId ?? null,
      author: comment.author.username,
      role: comment.author.role,
      body: comment.body,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  const followUp = followUpAfterComment(thread.followUp, comment.byAssignedAgency ?? false);
  if (followUp !== thread.followUp)
    await updateCityRows(trx, 'discussion_threads', city)
      .set((eb) => ({ follow_up: followUp, version: eb('version', '+', 1) }))
      .where('id', '=', thread.id)
      .execute();
  await appendAudit(trx, {
    city,
    actor: comment.author.username,
    action: 'comment.add',
    entity: 'comment',
    entityKey:
      comment.auditKey?.(row.id) ??
      `${subjectKey(thread.subject)}/${String(thread.id)}/${String(row.id)}`,
    before: null,
    after: { text: comment.body },
  });
  return {
    id: row.id,
    threadId: thread.id,
    parentId: comment.parentId ?? null,
    author: comment.author.username,
    role: comment.author.role,
    body: comment.body,
    createdAt: row.created_at,
  };
}

/** Every comment of a subject's threads, in the order they were written. */
export async function listSubjectComments(
  db: Kysely<Tables>,
  city: string,
  subject: DiscussionSubject,
): Promise<DiscussionComment[]> {
  let query = db
    .selectFrom('discussion_comments as c')
    .innerJoin('discussion_threads as t', (j) => onSameCity(j, ['t.id', 'c.thread_id']))
    .select([
      'c.id',
      'c.thread_id as threadId',
      'c.parent_id as parentId',
      'c.author',
      'c.role',
      'c.body',
      'c.created_at as createdAt',
    ])
    .where('c.city_id', '=', city)
    .where('t.subject_kind', '=', subject.kind);
  switch (subject.kind) {
    case 'submission':
      query = query
        .where('t.round_id', '=', subject.roundId)
        .where('t.measure_id', '=', subject.measureId);
      break;
    case 'measure':
      query = query.where('t.measure_id', '=', subject.measureId);
      break;
    case 'indicator':
      query = query.where('t.indicator_id', '=', subject.indicatorId);
      break;
  }
  return query.orderBy('c.id').execute();
}
