import { NetZeroError } from '../errors.js';
import { en } from '../catalog/en.js';
import { zhTW } from '../catalog/zh-TW.js';
import type { FollowUpState } from './vocabulary.js';

/** What can happen to an assigned point: the agency replies, the secretariat closes or keeps it open. */
export const followUpEvents = ['reply', 'close', 'keep_open'] as const;
export type FollowUpEvent = (typeof followUpEvents)[number];

/**
 * The state after each event, per state; a missing entry is refused. An agency may reply again
 * while it waits for the secretariat (the later reply is the one judged). The secretariat may close
 * a point no one needs to answer (a member's thanks) without a reply, but keeps open only what was
 * replied to: there is nothing to judge insufficient before that. A closed point stays closed.
 */
const transitions: Record<FollowUpState, Partial<Record<FollowUpEvent, FollowUpState>>> = {
  open: { reply: 'replied', close: 'closed' },
  replied: { reply: 'replied', close: 'closed', keep_open: 'kept_open' },
  kept_open: { reply: 'replied', close: 'closed' },
  closed: {},
};

/**
 * The follow-up state after `event`, or a CONFLICT (HTTP 409) naming both when the event does
 * not apply: a reply to a closed point, keeping open a point never replied to.
 * @example nextFollowUpState('open', 'reply') // 'replied'
 */
export function nextFollowUpState(state: FollowUpState, event: FollowUpEvent): FollowUpState {
  const next = transitions[state][event];
  if (next === undefined) {
    const message = `cannot ${event.replace('_', ' ')}: the point is ${en.followUpState[state].toLowerCase()} (${zhTW.followUpState[state]})`;
    throw new NetZeroError('CONFLICT', message, [{ path: 'state', message }]);
  }
  return next;
}

/** Whether the agency still owes an answer (counts towards the overdue list). */
export function awaitsReply(state: FollowUpState): boolean {
  return state === 'open' || state === 'kept_open';
}
