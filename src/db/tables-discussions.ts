import type { ColumnType, Generated } from 'kysely';
import type { DiscussionSubjectKind } from '../core/discussions/subject.js';
import type { FollowUpState } from '../core/committee/vocabulary.js';

/** Kysely types of migration 0007's tables (discussions). */
type Timestamp = ColumnType<string, string | undefined, string>;

export interface DiscussionThreadsTable {
  city_id: string;
  id: Generated<number>;
  subject_kind: DiscussionSubjectKind;
  round_id: number | null;
  measure_id: number | null;
  indicator_id: number | null;
  title: string | null;
  assigned_agency_code: string | null;
  follow_up: FollowUpState | null;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface DiscussionCommentsTable {
  city_id: string;
  id: Generated<number>;
  thread_id: number;
  parent_id: number | null;
  author: string;
  role: string;
  body: string;
  created_at: Timestamp;
}

export interface DiscussionTables {
  discussion_threads: DiscussionThreadsTable;
  discussion_comments: DiscussionCommentsTable;
}
