import { nextFollowUpState } from '../committee/follow-up.js';
import type { FollowUpState } from '../committee/vocabulary.js';
import { NetZeroError } from '../errors.js';

/**
 * A thread that asks for an answer (a committee member's point assigned to an agency) follows
 * the committee's follow-up: open → replied (the agency answers) → closed (解除列管) or
 * kept_open (繼續列管) for another reply (states in committee/vocabulary.ts, transitions in
 * committee/follow-up.ts). A plain discussion (a review thread on a submission) has no
 * follow-up: its state is null and never changes.
 */
export interface ThreadState {
  id: number;
  followUp: FollowUpState | null;
}

/**
 * Refuses a comment a thread cannot take: on a closed follow-up, or as a reply to a comment of
 * another thread.
 */
export function checkComment(thread: ThreadState, parent: { threadId: number } | null): void {
  if (thread.followUp === 'closed')
    throw new NetZeroError('CONFLICT', `thread ${String(thread.id)} is closed (解除列管)`, [
      { path: 'thread', message: 'closed' },
    ]);
  if (parent !== null && parent.threadId !== thread.id)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `a reply must answer a comment of the same thread (${String(thread.id)})`,
      [{ path: 'parentId', message: 'not in this thread' }],
    );
}

/** The follow-up after a comment: the assigned agency's comment is its reply. */
export function followUpAfterComment(
  state: FollowUpState | null,
  byAssignedAgency: boolean,
): FollowUpState | null {
  return state !== null && byAssignedAgency ? nextFollowUpState(state, 'reply') : state;
}

/** The secretariat's decision on a reply: close the point or keep it open. */
export function followUpAfterDecision(
  state: FollowUpState | null,
  event: 'close' | 'keep_open',
): FollowUpState {
  if (state === null)
    throw new NetZeroError('CONFLICT', 'this thread has no follow-up to close or keep open', [
      { path: 'thread', message: 'no follow-up' },
    ]);
  return nextFollowUpState(state, event);
}
