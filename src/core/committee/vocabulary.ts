/**
 * The committee's words (推動會), declared once. Codes are what we store and exchange; their
 * words, as the minutes print them and in English, are in the message catalogs (core/catalog).
 * Every other layer derives its enumerations from these lists (zod enums, CHECK constraints),
 * never restates them.
 */

/** 大會 (the plenary, chaired by the mayor) or a 小組會議 (a meeting of the groups). */
export const meetingKinds = ['plenary', 'group'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/**
 * The kinds of agenda item in the minutes: items heard under 報告事項 (the 綜合討論 of the seed),
 * a 討論案 (the seed's 指標異動討論案), a 報告案 and the 臨時動議 raised on the day.
 */
export const agendaItemKinds = [
  'report_matter',
  'discussion',
  'report',
  'extempore_motion',
] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

/**
 * Who sits on the committee, in the words of the results report (chapter 2): 有關機關、學者專家、
 * 產業界、青年學生及社會團體代表. A member's category is recorded only where a source says it.
 */
export const memberCategories = [
  'government',
  'scholar_expert',
  'industry',
  'civil_society',
  'youth',
] as const;
export type MemberCategory = (typeof memberCategories)[number];

/** The mayor convenes (召集人); the minutes call one member 副召集人; everyone else is a 委員. */
export const memberRoles = ['convener', 'deputy_convener', 'member'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** A comment said at the meeting, or handed in on paper (the minutes mark those 書面…). */
export const commentChannels = ['oral', 'written'] as const;
export type CommentChannel = (typeof commentChannels)[number];

/**
 * How the minutes name a written comment: the seed prints both 書面資料 (items 一 and 二) and
 * 書面意見 (item 三) for the same member; kept so the minutes reproduce what was printed.
 */
export const writtenCommentForms = ['material', 'opinion'] as const;
export type WrittenCommentForm = (typeof writtenCommentForms)[number];

/**
 * Where a point or resolution stands with the agencies it was assigned to: waiting for a reply,
 * replied, and then closed by the secretariat (解除列管) or kept open (繼續列管) for another reply.
 * The transitions are in follow-up.ts.
 */
export const followUpStates = ['open', 'replied', 'closed', 'kept_open'] as const;
export type FollowUpState = (typeof followUpStates)[number];
