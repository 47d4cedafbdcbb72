import type { Kysely } from 'kysely';
import type { DiscussionSubject } from '../../core/discussions/subject.js';
import { loadSubmissionContext } from '../rounds/submission-context.js';
import type { SubmissionKey } from '../rounds/submissions.js';
import type { Tables } from '../tables.js';
import { addComment, listSubjectComments } from './comments.js';
import { listThreads, openThread } from './threads.js';

/** A review comment as the submission endpoints answer it (contracts/api/review.ts). */
export interface SubmissionComment {
  id: number;
  author: string;
  role: string;
  text: string;
  createdAt: string;
}

async function submissionSubject(
  db: Kysely<Tables>,
  key: SubmissionKey,
): Promise<Extract<DiscussionSubject, { kind: 'submission' }>> {
  const ctx = await loadSubmissionContext(db, key.city, key.roundId, key.sector, key.no);
  return { kind: 'submission', roundId: ctx.round.id, measureId: ctx.measure.id };
}

/**
 * A reviewer's or admin's comment on a submission: the submission's review thread (opened by
 * its first comment; no follow-up) takes it, and the audit entry is keyed as it always was,
 * `<round>/<sector>/<no>/<comment id>`.
 */
export async function addSubmissionComment(
  db: Kysely<Tables>,
  key: SubmissionKey,
  author: { username: string; role: string },
  text: string,
): Promise<SubmissionComment> {
  return db.transaction().execute(async (trx) => {
    const subject = await submissionSubject(trx, key);
    const [existing] = await listThreads(trx, key.city, subject);
    const thread =
      existing ?? (await openThread(trx, key.city, subject, { createdBy: author.username }));
    const comment = await addComment(trx, key.city, {
      threadId: thread.id,
      author,
      body: text,
      auditKey: (id) => `${String(key.roundId)}/${key.sector}/${String(key.no)}/${String(id)}`,
    });
    return {
      id: comment.id,
      author: comment.author,
      role: comment.role,
      text: comment.body,
      createdAt: comment.createdAt,
    };
  });
}

/** A submission's review comments, oldest first. */
export async function listSubmissionComments(
  db: Kysely<Tables>,
  key: SubmissionKey,
): Promise<SubmissionComment[]> {
  const comments = await listSubjectComments(db, key.city, await submissionSubject(db, key));
  return comments.map((c) => ({
    id: c.id,
    author: c.author,
    role: c.role,
    text: c.body,
    createdAt: c.createdAt,
  }));
}
