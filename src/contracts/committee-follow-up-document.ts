import { z } from 'zod';
import { sectorCodes } from '../core/vocabulary/lists.js';
import { followUpEvents } from '../core/committee/follow-up.js';
import { reminderKinds } from '../core/committee/reminders.js';
import { followUpStates } from '../core/committee/vocabulary.js';
import { pointNumbers, subPointLetter } from './committee-numbers.js';
import { code, isoDate, text } from './primitives.js';

/**
 * A meeting's follow-up as it stands (`followUp` in a `netzero-committee/1` meeting): who each
 * point and resolution is assigned to and how far each assignment has come, the points linked to
 * measures, the reminders issued. Optional: without it the meeting's assignments are those its
 * `concerns` imply, all open. The export writes it only when the follow-up is more than that, so a
 * document as the minutes were read (the shipped seed) exports unchanged.
 */

/** A member's point (or sub-point) of this meeting, by its numbers. */
export const pointRefSchema = z.strictObject({
  ...pointNumbers,
  subPoint: subPointLetter.optional(),
});

/** What an assignment is about: a point of this meeting, or one of its resolutions. */
export const followUpSubjectSchema = z.union([
  pointRefSchema,
  z.strictObject({ resolution: z.int().min(1) }),
]);

export const followUpEventSchema = z.strictObject({
  event: z.enum(followUpEvents),
  /** The reply's text, or the secretariat's note; null when none was given. */
  body: text.nullable(),
  on: isoDate,
  /** Who recorded it, as the audit trail names them. */
  actor: text,
});

export const reminderIssuedSchema = z.strictObject({
  kind: z.enum(reminderKinds),
  round: z.int().min(1),
  dueDate: isoDate,
  sentOn: isoDate,
  daysOverdue: z.int().min(0),
  /** The addresses the mail server took; [] when it was issued in the app only. */
  mailedTo: z.array(text).default([]),
  /** The mail's id and subject, when one went out. */
  mail: z.strictObject({ messageId: text, subject: text }).nullable().default(null),
});

export const assignmentDocumentSchema = z.strictObject({
  subject: followUpSubjectSchema,
  agency: code,
  dueDate: isoDate.nullable(),
  /** Set by hand, so not recomputed when the minutes' sending day changes. */
  dueDateFixed: z.boolean().default(false),
  state: z.enum(followUpStates),
  reply: z.strictObject({ text, date: isoDate }).nullable().default(null),
  /** The secretariat's note (秘書處意見). */
  note: text.nullable().default(null),
  /** What happened to it, oldest first: the state is where these lead. */
  events: z.array(followUpEventSchema).default([]),
  reminders: z.array(reminderIssuedSchema).default([]),
});

export const measureLinkSchema = pointRefSchema.extend({
  plan: code,
  sector: code,
  no: z.int().min(1),
});

/** A point about a sector as a whole (運輸部門), by the sector's code. */
export const sectorLinkSchema = pointRefSchema.extend({ sector: z.enum(sectorCodes) });

/**
 * A point about a sustainability indicator, by the indicator's code (the indicators are imported
 * apart from the committee: the code is not checked against them here).
 */
export const indicatorLinkSchema = pointRefSchema.extend({ indicator: code });

export const followUpDocumentSchema = z.strictObject({
  assignments: z.array(assignmentDocumentSchema).default([]),
  /** Points linked to a measure of the city (they show on its page). */
  measures: z.array(measureLinkSchema).default([]),
  /** Points linked to a sector they concern as a whole. */
  sectors: z.array(sectorLinkSchema).default([]),
  /** Points linked to a sustainability indicator (they show on its page). */
  indicators: z.array(indicatorLinkSchema).default([]),
});

export type FollowUpDocument = z.infer<typeof followUpDocumentSchema>;
export type AssignmentDocument = z.infer<typeof assignmentDocumentSchema>;
export type FollowUpSubjectDocument = z.infer<typeof followUpSubjectSchema>;
