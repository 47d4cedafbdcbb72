import type { ColumnType, Generated } from 'kysely';
import type {
  AgendaItemKind,
  CommentChannel,
  FollowUpState,
  MeetingKind,
  MemberCategory,
  MemberRole,
  WrittenCommentForm,
} from '../core/committee/vocabulary.js';
import type { FollowUpEvent } from '../core/committee/follow-up.js';
import type { FollowUpSubjectKind } from '../core/committee/follow-up-record.js';

/** Kysely types of migration 0008's tables (the committee). Dates are 'YYYY-MM-DD' strings. */
type DateText = string;
/** jsonb written as JSON text and read back parsed. */
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;
type Timestamp = ColumnType<string, string | undefined, string>;

export interface CommitteesTable {
  city_id: string;
  name: string;
  name_en: string | null;
  secretariat_code: string;
  source_code: string;
  sources: Json<unknown[]>;
  notes: NullableJson<string[]>;
}

export interface CommitteeAgenciesTable {
  city_id: string;
  code: string;
  position: number;
}

export interface CommitteeTermsTable {
  city_id: string;
  number: number;
  name: string;
  start_date: DateText | null;
  end_date: DateText | null;
  member_count: number | null;
  source_code: string;
  notes: NullableJson<string[]>;
  position: number;
}

export interface CommitteeGroupsTable {
  city_id: string;
  code: string;
  name: string;
  name_en: string | null;
  notes: NullableJson<string[]>;
  position: number;
}

export interface CommitteeGroupAgenciesTable {
  city_id: string;
  group_code: string;
  agency_code: string;
  lead: boolean;
  position: number;
}

export interface CommitteeMembersTable {
  city_id: string;
  id: Generated<number>;
  name: string;
  title: string | null;
  category: MemberCategory | null;
  role: MemberRole;
  email: string | null;
  /** The member's user account, when linked. */
  username: string | null;
  notes: NullableJson<string[]>;
  position: number;
}

export interface CommitteeMemberTermsTable {
  city_id: string;
  member_id: number;
  term: number;
  position: number;
}

export interface CommitteeMemberGroupsTable {
  city_id: string;
  member_id: number;
  group_code: string;
  position: number;
}

export interface CommitteeMeetingsTable {
  city_id: string;
  code: string;
  kind: MeetingKind;
  term: number;
  sequence: number;
  title: string;
  date: DateText;
  start_time: string;
  end_time: string | null;
  place: string;
  chair_member_id: number;
  attendance_text: string;
  attendance_members: NullableJson<string[]>;
  recorder: string | null;
  chair_remarks: string | null;
  report_matters_note: string | null;
  reply_days: number;
  minutes_sent_on: DateText | null;
  minutes_published_on: ColumnType<DateText | null, DateText | null | undefined, DateText | null>;
  source_code: string;
  notes: NullableJson<string[]>;
  position: number;
}

export interface CommitteeAgendaItemsTable {
  city_id: string;
  meeting_code: string;
  number: number;
  kind: AgendaItemKind;
  title: string;
  presentation_heading: string | null;
  presentation_summary: string | null;
  presenting_agency: string | null;
  ruling: string | null;
  notes: NullableJson<string[]>;
}

export interface CommitteeCommentsTable {
  city_id: string;
  meeting_code: string;
  term: number;
  item: number;
  number: number;
  member_id: number;
  channel: CommentChannel;
  written_form: WrittenCommentForm | null;
}

/** 'all' or agency codes, as the document's `concerns`. */
export type StoredConcerns = 'all' | string[];

export interface CommitteePointsTable {
  city_id: string;
  meeting_code: string;
  item: number;
  comment: number;
  number: number;
  /** '' for the whole point, else the sub-point's letter. */
  sub_point: string;
  text: string;
  concerns: NullableJson<StoredConcerns>;
  reading: string | null;
}

export interface CommitteeResolutionsTable {
  city_id: string;
  meeting_code: string;
  number: number;
  text: string;
  concerns: Json<StoredConcerns>;
  reading: string | null;
}

export interface CommitteeAssignmentsTable {
  city_id: string;
  id: Generated<number>;
  meeting_code: string;
  subject_kind: FollowUpSubjectKind;
  item: number | null;
  comment: number | null;
  number: number;
  sub_point: string | null;
  agency_code: string;
  due_date: DateText | null;
  /** Set by hand (assignPoint with a date): not recomputed when the minutes' sending day changes. */
  due_date_fixed: Generated<boolean>;
  state: Generated<FollowUpState>;
  reply_text: string | null;
  reply_date: DateText | null;
  note: string | null;
  version: Generated<number>;
}

export interface CommitteeAssignmentEventsTable {
  city_id: string;
  id: Generated<number>;
  assignment_id: number;
  event: FollowUpEvent;
  body: string | null;
  on_date: DateText;
  actor: string;
  created_at: Timestamp;
}

/** Migration 0009: a point (or sub-point) linked to a measure it is about. */
export interface CommitteePointMeasuresTable extends Pick<
  CommitteePointsTable,
  'city_id' | 'meeting_code' | 'item' | 'comment' | 'number' | 'sub_point'
> {
  plan_code: string;
  sector_code: string;
  measure_no: number;
}

export interface CommitteeTables {
  committees: CommitteesTable;
  committee_agencies: CommitteeAgenciesTable;
  committee_terms: CommitteeTermsTable;
  committee_groups: CommitteeGroupsTable;
  committee_group_agencies: CommitteeGroupAgenciesTable;
  committee_members: CommitteeMembersTable;
  committee_member_terms: CommitteeMemberTermsTable;
  committee_member_groups: CommitteeMemberGroupsTable;
  committee_meetings: CommitteeMeetingsTable;
  committee_agenda_items: CommitteeAgendaItemsTable;
  committee_comments: CommitteeCommentsTable;
  committee_points: CommitteePointsTable;
  committee_resolutions: CommitteeResolutionsTable;
  committee_assignments: CommitteeAssignmentsTable;
  committee_assignment_events: CommitteeAssignmentEventsTable;
  committee_point_measures: CommitteePointMeasuresTable;
}
