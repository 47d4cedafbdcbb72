import { z } from 'zod';
import {
  agendaItemKinds,
  commentChannels,
  followUpStates,
  meetingKinds,
  writtenCommentForms,
} from '../../core/committee/vocabulary.js';
import { followUpSubjectKinds } from '../../core/committee/follow-up-record.js';
import { reminderKinds } from '../../core/committee/reminders.js';
import { code, text } from '../primitives.js';
import { concernsSchema, meetingSchema } from '../committee-document.js';
import { pointNumbers, subPointLetter } from '../committee-numbers.js';
import { isoDate } from './common.js';

/**
 * The committee's API shapes (推動會): meetings as the secretariat records them piece by piece,
 * the follow-up of each assigned point or resolution, and what the public reads. A meeting's
 * words are the committee document's (committee-document.ts), so the API and the import agree.
 */

/** A meeting in a list: enough to find it and to know whether its minutes are out. */
export const meetingSummary = z.strictObject({
  code: z.string(),
  kind: z.enum(meetingKinds),
  term: z.int(),
  sequence: z.int(),
  title: z.string(),
  date: isoDate,
  minutesSentOn: isoDate.nullable(),
  minutesPublishedOn: isoDate.nullable(),
  replyDays: z.int(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;
export const meetingListResponse = z.array(meetingSummary);

/** What a point or resolution is, by its numbers as the minutes print them. */
export const followUpSubjectSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('point'),
    ...pointNumbers,
    /** The sub-point's letter, or null for the whole point. */
    subPoint: subPointLetter.nullable().default(null),
  }),
  z.strictObject({ kind: z.literal('resolution'), resolution: z.int().min(1) }),
]);
export type FollowUpSubjectInput = z.infer<typeof followUpSubjectSchema>;

/** One agency's assignment of a point or resolution, with where it stands. */
export const assignmentResponse = z.strictObject({
  id: z.int(),
  meeting: z.string(),
  subjectKind: z.enum(followUpSubjectKinds),
  subject: followUpSubjectSchema,
  /** As printed: 一、綜合討論 1. (1)b.; 決議 3. */
  reference: z.string(),
  /** The member who made the point; null for a resolution. */
  member: z.string().nullable(),
  /** The point's or resolution's words. */
  text: z.string(),
  agency: z.string(),
  agencyName: z.string(),
  dueDate: isoDate.nullable(),
  state: z.enum(followUpStates),
  overdue: z.boolean(),
  reply: z.strictObject({ text: z.string(), date: isoDate }).nullable(),
  note: z.string().nullable(),
  version: z.int(),
});
export type AssignmentResponse = z.infer<typeof assignmentResponse>;
export const assignmentListResponse = z.array(assignmentResponse);

/** GET …/agencies/{agency}/reminders: a reminder issued to the agency, mailed or in the app only. */
export const reminderResponse = z.strictObject({
  assignment: z.int(),
  kind: z.enum(reminderKinds),
  /** 1 for the first of its kind; overdue reminders count 1, 2, 3 … (第 n 次催辦). */
  round: z.int(),
  dueDate: isoDate,
  sentOn: isoDate,
  daysOverdue: z.int(),
  /** Whether it went out by e-mail (to the agency's contacts) or was shown in the app only. */
  mailed: z.boolean(),
});
export type ReminderResponse = z.infer<typeof reminderResponse>;
export const reminderListResponse = z.array(reminderResponse);

/** GET …/committee/meetings/{meeting}: the whole record, its follow-up as far as the caller may see. */
export const meetingResponse = z.strictObject({
  meeting: meetingSchema,
  /** The chair's and each speaker's name as the minutes print it (石豐宇委員, 陳其邁市長). */
  printedNames: z.record(z.string(), z.string()),
  minutesPublishedOn: isoDate.nullable(),
  assignments: assignmentListResponse,
});
export type MeetingResponse = z.infer<typeof meetingResponse>;

/**
 * POST …/committee/meetings (secretariat) → meetingSummary: the meeting document's fields, without
 * what is added later (agenda, resolutions, the minutes' sending day); optional ones may be left out.
 */
export const createMeetingRequest = meetingSchema
  .omit({ agendaItems: true, resolutions: true, minutesSentOn: true, source: true, notes: true })
  .extend({
    endTime: meetingSchema.shape.endTime.default(null),
    recorder: meetingSchema.shape.recorder.default(null),
    chairRemarks: meetingSchema.shape.chairRemarks.default(null),
    reportMattersNote: meetingSchema.shape.reportMattersNote.default(null),
    attendance: z.strictObject({ text, members: z.array(text).nullable().default(null) }),
    /** Days the agencies have to reply once the minutes are sent (文到 7 日內). */
    replyDays: meetingSchema.shape.replyDays.default(7),
    /** The source the minutes will be cited as; the committee's by default. */
    source: code.optional(),
  });
export type CreateMeetingRequest = z.infer<typeof createMeetingRequest>;

/** POST …/meetings/{meeting}/agenda-items → agendaItemResponse, numbered next. */
export const addAgendaItemRequest = z.strictObject({
  kind: z.enum(agendaItemKinds),
  title: text,
  presentation: z.strictObject({ heading: text, summary: text }).nullable().default(null),
  presentingAgency: code.nullable().default(null),
});
export const agendaItemResponse = z.strictObject({
  meeting: z.string(),
  number: z.int(),
  kind: z.enum(agendaItemKinds),
  title: z.string(),
  presentingAgency: z.string().nullable(),
  ruling: z.string().nullable(),
});

/** PUT …/agenda-items/{item}/ruling: 主席裁示, verbatim; null removes it. */
export const setRulingRequest = z.strictObject({ ruling: text.nullable() });

/**
 * POST …/agenda-items/{item}/comments: one member's numbered points, numbered next in the item.
 * The secretariat records any member's comment; a committee member hands in their own written
 * comment (書面意見) and leaves `member` out.
 */
export const addCommentRequest = z.strictObject({
  member: text.optional(),
  channel: z.enum(commentChannels),
  /** How the minutes name a written comment; required for one, null for an oral one. */
  writtenForm: z.enum(writtenCommentForms).nullable().default(null),
  points: z
    .array(
      z.strictObject({
        text,
        /** a, b, c … in order. */
        subPoints: z
          .array(z.strictObject({ text, concerns: concernsSchema.optional() }))
          .default([]),
        /** The agencies the point concerns, as read by the secretariat; assigned separately. */
        concerns: concernsSchema.default([]),
      }),
    )
    .min(1, 'a comment has at least one point'),
});
export type AddCommentRequest = z.infer<typeof addCommentRequest>;
export const commentResponse = z.strictObject({
  meeting: z.string(),
  item: z.int(),
  number: z.int(),
  member: z.string(),
  channel: z.enum(commentChannels),
  writtenForm: z.enum(writtenCommentForms).nullable(),
  points: z.int(),
});

/** POST …/meetings/{meeting}/resolutions: numbered next. */
export const addResolutionRequest = z.strictObject({
  text,
  concerns: concernsSchema.default([]),
});
export const resolutionResponse = z.strictObject({
  meeting: z.string(),
  number: z.int(),
  text: z.string(),
});

/**
 * POST …/meetings/{meeting}/assignments: a point or resolution to one or more agencies of the
 * city; due on `dueDate`, else the minutes' sending day plus the meeting's reply days.
 */
export const assignRequest = z.strictObject({
  subject: followUpSubjectSchema,
  agencies: z.array(code).min(1, 'name at least one agency'),
  dueDate: isoDate.optional(),
});
export type AssignRequest = z.infer<typeof assignRequest>;

/** PUT …/meetings/{meeting}/minutes-sent */
export const minutesSentRequest = z.strictObject({
  sentOn: isoDate,
  /** Change the meeting's reply days (default: as recorded, 7 unless said otherwise). */
  replyDays: z.int().min(1).max(366).optional(),
});
export const minutesSentResponse = z.strictObject({ sentOn: isoDate, dueDate: isoDate });

/** POST …/meetings/{meeting}/publish: publishing twice is a 409. */
export const publishRequest = z.strictObject({ publishedOn: isoDate.optional() });

/** POST …/assignments/{id}/reply (the agency's clerk) */
export const replyRequest = z.strictObject({
  text,
  /** The day of the reply; today by default. */
  date: isoDate.optional(),
  /** The version the caller read: a stale one is 409 with the assignment as it is now. */
  version: z.int().min(1),
});

/** POST …/assignments/{id}/close and /keep-open (the secretariat): 解除列管 / 繼續列管. */
export const followUpNoteRequest = z.strictObject({
  note: text.nullable(),
  date: isoDate.optional(),
  /** The version the caller read: a stale one is 409 with the assignment as it is now. */
  version: z.int().min(1),
});
export type FollowUpNoteRequest = z.infer<typeof followUpNoteRequest>;

export const asOfQuery = z.strictObject({ asOf: isoDate.optional() });

export const assignmentListQuery = z.strictObject({
  meeting: z.string().optional(),
  agency: z.string().optional(),
  state: z.enum(followUpStates).optional(),
  asOf: isoDate.optional(),
});
export const agencyAssignmentQuery = assignmentListQuery.omit({ agency: true });

/** GET …/committee/overdue: per agency, what awaits its reply past the due date. */
export const committeeOverdueResponse = z.strictObject({
  asOf: isoDate,
  agencies: z.array(
    z.strictObject({
      agency: z.string(),
      agencyName: z.string(),
      overdue: z.int(),
      oldestDue: isoDate,
      assignments: assignmentListResponse,
    }),
  ),
  /**
   * Reminders the daily job skips, and why: their working days reach a year whose office
   * calendar is missing or not yet confirmed (2027 today), so no day is guessed.
   */
  uncountedReminders: z.array(
    z.strictObject({
      assignment: z.int(),
      agency: z.string(),
      agencyName: z.string(),
      reference: z.string(),
      dueDate: isoDate,
      year: z.int(),
      reason: z.string(),
    }),
  ),
});

export type CommitteeOverdue = z.infer<typeof committeeOverdueResponse>;

/** GET …/committee/follow-up-status: per agency, how its assignments stand (public). */
export const followUpStatusResponse = z.strictObject({
  asOf: isoDate,
  agencies: z.array(
    z.strictObject({
      agency: z.string(),
      agencyName: z.string(),
      assigned: z.int(),
      /** Replied, closed or kept open after a reply. */
      answered: z.int(),
      overdue: z.int(),
      closed: z.int(),
    }),
  ),
});

/** The committee's members (secretariat). */
export const memberResponse = z.strictObject({
  name: z.string(),
  title: z.string().nullable(),
  role: z.string(),
  category: z.string().nullable(),
  terms: z.array(z.int()),
  email: z.string().nullable(),
  username: z.string().nullable(),
});
export const memberListResponse = z.array(memberResponse);

/** PATCH …/committee/members/{member}: the reminder address and the linked account. */
export const updateMemberRequest = z.strictObject({
  /** Checked as an e-mail address (a clear error names what is wrong); null removes it. */
  email: z.string().nullable().optional(),
  username: z.string().nullable().optional(),
});

/** POST …/meetings/{meeting}/measure-links: a point concerns a measure (shown on its page). */
export const linkMeasureRequest = z.strictObject({
  subject: followUpSubjectSchema,
  plan: code,
  sector: code,
  no: z.int().min(1),
});

/**
 * GET …/measures/{sector}/{no}/committee-points (and an indicator's, a sector's): the points of
 * published minutes linked to it.
 */
export const linkedPointsResponse = z.array(
  z.strictObject({
    meeting: z.string(),
    meetingTitle: z.string(),
    date: isoDate,
    subject: followUpSubjectSchema,
    reference: z.string(),
    member: z.string(),
    text: z.string(),
  }),
);
export type LinkedPointsResponse = z.infer<typeof linkedPointsResponse>;

export const minutesFormats = ['docx', 'odt', 'pdf'] as const;
export type MinutesFormatName = (typeof minutesFormats)[number];
