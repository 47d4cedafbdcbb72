import { NetZeroError } from '../errors.js';

/**
 * Follow-up of a thread that asks for an answer (a committee member's comment assigned to an
 * agency): `open` until the assigned agency answers, then `answered`, and `closed` once whoever
 * follows it up accepts the answer; a closed thread can be reopened. A plain discussion (a
 * review thread on a submission) has no follow-up: its status is null and never changes.
 */
export const FOLLOW_UP_STATUSES = ['open', 'answered', 'closed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export interface ThreadState {
  id: number;
  followUp: FollowUpStatus | null;
}

/**
 * Refuses a comment a thread cannot take: on a closed follow-up (reopen it first), or as a
 * reply to a comment of another thread.
 */
export function checkComment(thread: ThreadState, parent: { threadId: number } | null): void {
  if (thread.followUp === 'closed')
    throw new NetZeroError(
      'CONFLICT',
      `thread ${String(thread.id)} is closed; reopen it to comment`,
      [{ path: 'thread', message: 'closed' }],
    );
  if (parent !== null && parent.threadId !== thread.id)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `a reply must answer a comment of the same thread (${String(thread.id)})`,
      [{ path: 'parentId', message: 'not in this thread' }],
    );
}

/** The follow-up after a comment: the assigned agency's answer moves an open thread on. */
export function followUpAfterComment(
  status: FollowUpStatus | null,
  byAssignedAgency: boolean,
): FollowUpStatus | null {
  return status === 'open' && byAssignedAgency ? 'answered' : status;
}

/** Closing and reopening: only a follow-up can close, and only a closed one reopens. */
export function followUpAfter(
  status: FollowUpStatus | null,
  event: 'close' | 'reopen',
): FollowUpStatus {
  if (status === null)
    throw new NetZeroError('CONFLICT', 'this thread has no follow-up to close or reopen', [
      { path: 'thread', message: 'no follow-up' },
    ]);
  if (event === 'close') {
    if (status === 'closed')
      throw new NetZeroError('CONFLICT', 'the thread is already closed', [
        { path: 'thread', message: 'closed' },
      ]);
    return 'closed';
  }
  if (status !== 'closed')
    throw new NetZeroError('CONFLICT', 'only a closed thread can be reopened', [
      { path: 'thread', message: status },
    ]);
  return 'open';
}
