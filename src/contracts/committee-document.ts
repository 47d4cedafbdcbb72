import { z } from 'zod';
import {
  agendaItemKinds,
  commentChannels,
  meetingKinds,
  memberCategories,
  memberRoles,
  writtenCommentForms,
} from '../core/committee/vocabulary.js';
import { followUpDocumentSchema } from './committee-follow-up-document.js';
import { subPointLetter } from './committee-numbers.js';
import { code, isoDate, notes, text } from './primitives.js';
import { sourceSchema } from './source-document.js';

/**
 * The committee part of a city's data (推動會), `netzero-committee/1`: its terms, groups and
 * members, and each meeting with its agenda, the members' comments point by point, the chair's
 * rulings and the resolutions — all as the minutes print them — plus, for each point and
 * resolution, the agencies it concerns (a reading of the minutes, kept apart from their words).
 *
 * This schema checks shapes; `validateCommitteeDocument` (validate-committee-document.ts) checks
 * meaning: references resolve, numbers run 1, 2, 3, members belong to the meeting's term.
 * docs/committee-reading-guide.md explains how the Kaohsiung seed meeting was read into it.
 */

/** A clock time of the meeting's day, 24-hour 'HH:MM' (下午4時30分 → '16:30'). */
const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (00:00–23:59)');

/**
 * The agencies a point or resolution concerns: 'all' when it is addressed to every agency (決議
 * 3: 請各局處…), else agency codes — empty when it asks nothing of any agency (a member's thanks).
 */
export const concernsSchema = z.union([z.literal('all'), z.array(code)]);
export type Concerns = z.infer<typeof concernsSchema>;

export const subPointSchema = z.strictObject({
  /** a, b, c … as printed. */
  letter: subPointLetter,
  text,
  concerns: concernsSchema.optional(),
  reading: text.optional(),
});

export const pointSchema = z.strictObject({
  /** (1), (2) … as printed: 1, 2 … */
  number: z.int().min(1),
  /** The member's words, verbatim (before the sub-points when there are any). */
  text,
  subPoints: z.array(subPointSchema).default([]),
  concerns: concernsSchema,
  /** Why the point was judged to concern these agencies. */
  reading: text.optional(),
});

export const commentSchema = z.strictObject({
  /** The speaker's place in the item's 討論過程: 1., 2. … */
  number: z.int().min(1),
  /** A member's name, as in `members`. */
  member: text,
  channel: z.enum(commentChannels),
  /** How the minutes name a written comment (書面資料 / 書面意見); null for an oral one. */
  writtenForm: z.enum(writtenCommentForms).nullable(),
  points: z.array(pointSchema).min(1),
});

export const agendaItemSchema = z.strictObject({
  /** 一、二、三 … as printed: 1, 2, 3 … */
  number: z.int().min(1),
  kind: z.enum(agendaItemKinds),
  /** The item's heading after its number, verbatim. */
  title: text,
  /** Part (一), the presentation: its heading and what the minutes say of it (略以: summarised away). */
  presentation: z.strictObject({ heading: text, summary: text }).nullable(),
  /** The agency that presented the item, where the minutes say or show it; else null. */
  presentingAgency: code.nullable(),
  comments: z.array(commentSchema).default([]),
  /** 主席裁示, verbatim (同意備查); null when the minutes record none. */
  ruling: text.nullable(),
  notes,
});

export const resolutionSchema = z.strictObject({
  number: z.int().min(1),
  text,
  concerns: concernsSchema,
  reading: text.optional(),
});

export const meetingSchema = z.strictObject({
  code,
  kind: z.enum(meetingKinds),
  /** The term (屆) as a number: 第七屆 → 7. */
  term: z.int().min(1),
  /** The meeting's number within its term and kind: 第一次 → 1. */
  sequence: z.int().min(1),
  title: text,
  date: isoDate,
  startTime: clockTime,
  /** The time the meeting closed (散會). */
  endTime: clockTime.nullable(),
  place: text,
  /** The chair, a member's name. */
  chair: text,
  /** What the minutes say of attendance, and the members present when a list is known. */
  attendance: z.strictObject({ text, members: z.array(text).nullable() }),
  recorder: text.nullable(),
  /** 主席致詞 as recorded (the seed prints only (略)). */
  chairRemarks: text.nullable(),
  /** What section 報告事項 says of the reports themselves (詳會議資料: see the meeting papers). */
  reportMattersNote: text.nullable(),
  agendaItems: z.array(agendaItemSchema).default([]),
  resolutions: z.array(resolutionSchema).default([]),
  /** Days the agencies have to reply once the minutes arrive (決議 3: 文到 7 日內). */
  replyDays: z.int().min(1).max(366),
  /** The day the minutes were sent, when known: replies are due from it. */
  minutesSentOn: isoDate.nullable(),
  /** The day the minutes went on the public site; absent while unpublished. */
  minutesPublishedOn: isoDate.optional(),
  source: code,
  notes,
  /** Assignments, replies, closures, measure links and reminders (committee-follow-up-document.ts). */
  followUp: followUpDocumentSchema.optional(),
});

export const committeeDocumentSchema = z.strictObject({
  format: z.literal('netzero-committee/1'),
  /** The city whose committee this is: agencies and sources also resolve against its document. */
  city: code,
  committee: z.strictObject({
    name: text,
    nameEn: text.optional(),
    /** The agency that runs the committee (秘書處). */
    secretariat: code,
    source: code,
    notes,
  }),
  /** Cited as publications, as the city's sources are (source-document.ts). */
  sources: z.array(sourceSchema).default([]),
  /** Agencies the committee's records name that the city document does not list yet. */
  agencies: z.array(z.strictObject({ code, name: text, nameEn: text.optional() })).default([]),
  terms: z.array(
    z.strictObject({
      number: z.int().min(1),
      name: text,
      start: isoDate.nullable(),
      end: isoDate.nullable(),
      memberCount: z.int().min(1).nullable(),
      source: code,
      notes,
    }),
  ),
  groups: z.array(
    z.strictObject({
      code,
      name: text,
      nameEn: text.optional(),
      /** Lead agencies, only where a source names them. */
      leadAgencies: z.array(code),
      /** Other agencies a source places in the group. */
      agencies: z.array(code),
      notes,
    }),
  ),
  members: z.array(
    z.strictObject({
      name: text,
      /** The title printed with the name (陳其邁市長 → 市長), when it is not just 委員. */
      title: text.nullable(),
      /** Only where a source says it; null otherwise, never guessed. */
      category: z.enum(memberCategories).nullable(),
      role: z.enum(memberRoles),
      terms: z.array(z.int().min(1)).min(1),
      groups: z.array(code).default([]),
      email: text.nullable().default(null),
      notes,
    }),
  ),
  meetings: z.array(meetingSchema).default([]),
});

export type CommitteeDocumentInput = z.input<typeof committeeDocumentSchema>;
export type CommitteeDocument = z.infer<typeof committeeDocumentSchema>;
export type MeetingDocument = z.infer<typeof meetingSchema>;
export type AgendaItemDocument = z.infer<typeof agendaItemSchema>;
export type CommentDocument = z.infer<typeof commentSchema>;
export type PointDocument = z.infer<typeof pointSchema>;
