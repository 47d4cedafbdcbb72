/**
 * The committee's words (推動會), declared once. Codes are what we store and exchange; the labels
 * are what the minutes print (zh) and what English readers see (en). Every other layer derives
 * its enumerations from these lists (zod enums, CHECK constraints, i18n), never restates them.
 */

/** A label as the minutes print it and in English. */
export interface Label {
  zh: string;
  en: string;
}

/** 大會 (the plenary, chaired by the mayor) or a 小組會議 (a meeting of the groups). */
export const meetingKinds = ['plenary', 'group'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingKindLabels: Record<MeetingKind, Label> = {
  plenary: { zh: '大會', en: 'Plenary meeting' },
  group: { zh: '小組會議', en: 'Group meeting' },
};

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
export const agendaItemKindLabels: Record<AgendaItemKind, Label> = {
  report_matter: { zh: '報告事項', en: 'Report matter' },
  discussion: { zh: '討論案', en: 'Discussion item' },
  report: { zh: '報告案', en: 'Report item' },
  extempore_motion: { zh: '臨時動議', en: 'Extempore motion' },
};

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
export const memberCategoryLabels: Record<MemberCategory, Label> = {
  government: { zh: '有關機關', en: 'Government' },
  scholar_expert: { zh: '學者專家', en: 'Scholar or expert' },
  industry: { zh: '產業界', en: 'Industry' },
  civil_society: { zh: '社會團體代表', en: 'Civil society' },
  youth: { zh: '青年學生代表', en: 'Youth (students)' },
};

/** The mayor convenes (召集人); the minutes call one member 副召集人; everyone else is a 委員. */
export const memberRoles = ['convener', 'deputy_convener', 'member'] as const;
export type MemberRole = (typeof memberRoles)[number];
export const memberRoleLabels: Record<MemberRole, Label> = {
  convener: { zh: '召集人', en: 'Convener' },
  deputy_convener: { zh: '副召集人', en: 'Deputy convener' },
  member: { zh: '委員', en: 'Member' },
};

/** A comment said at the meeting, or handed in on paper (the minutes mark those 書面…). */
export const commentChannels = ['oral', 'written'] as const;
export type CommentChannel = (typeof commentChannels)[number];
export const commentChannelLabels: Record<CommentChannel, Label> = {
  oral: { zh: '口頭', en: 'Oral' },
  written: { zh: '書面', en: 'Written' },
};

/**
 * How the minutes name a written comment: the seed prints both 書面資料 (items 一 and 二) and
 * 書面意見 (item 三) for the same member; kept so the minutes reproduce what was printed.
 */
export const writtenCommentForms = ['material', 'opinion'] as const;
export type WrittenCommentForm = (typeof writtenCommentForms)[number];
export const writtenCommentFormLabels: Record<WrittenCommentForm, Label> = {
  material: { zh: '書面資料', en: 'Written material' },
  opinion: { zh: '書面意見', en: 'Written opinion' },
};

/**
 * Where a point or resolution stands with the agencies it was assigned to: waiting for a reply,
 * replied, and then closed by the secretariat (解除列管) or kept open (繼續列管) for another reply.
 * The transitions are in follow-up.ts.
 */
export const followUpStates = ['open', 'replied', 'closed', 'kept_open'] as const;
export type FollowUpState = (typeof followUpStates)[number];
export const followUpStateLabels: Record<FollowUpState, Label> = {
  open: { zh: '待回復', en: 'Awaiting reply' },
  replied: { zh: '已回復', en: 'Replied' },
  closed: { zh: '解除列管', en: 'Closed' },
  kept_open: { zh: '繼續列管', en: 'Kept open' },
};
