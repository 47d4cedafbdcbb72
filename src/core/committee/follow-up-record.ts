import type { IsoDate } from '../dates.js';
import type { FollowUpState } from './vocabulary.js';

/**
 * What the follow-up of a meeting is made of: one record per assigned point or resolution and
 * agency (a point concerning 交通局 and 都發局 has two records, each answered and closed on its
 * own). The database layer produces these; the follow-up table (歷次會議決議事項辦理情形) and the
 * overdue lists are built from them.
 */

/** What a follow-up record is about: a member's point or a resolution. */
export const followUpSubjectKinds = ['point', 'resolution'] as const;
export type FollowUpSubjectKind = (typeof followUpSubjectKinds)[number];

/** A member's point (or one of its sub-points) in a meeting's agenda item, by its numbers. */
export interface PointReference {
  kind: 'point';
  /** The meeting's code. */
  meeting: string;
  /** The agenda item's number (一、 → 1). */
  item: number;
  /** The speaker's number in the item's 討論過程 (1. → 1). */
  comment: number;
  /** The point's number ((1) → 1). */
  point: number;
  /** The sub-point's letter (a–z), or null for the whole point. */
  subPoint: string | null;
}

/** A resolution (決議事項) of a meeting, by its number. */
export interface ResolutionReference {
  kind: 'resolution';
  meeting: string;
  resolution: number;
}

export type FollowUpSubject = PointReference | ResolutionReference;

/** An agency's answer. */
export interface FollowUpReply {
  text: string;
  /** The day it was given. */
  date: IsoDate;
}

export interface FollowUpRecord {
  subject: FollowUpSubject;
  /** The agency's code. */
  agency: string;
  /** The last day to reply; null while the day the minutes were sent is unknown. */
  dueDate: IsoDate | null;
  /** The agency's latest reply (the one the secretariat judges), or null before any. */
  reply: FollowUpReply | null;
  state: FollowUpState;
  /** The secretariat's note on closing or keeping it open (秘書處意見), or null. */
  note: string | null;
}
