import type { ColumnType, Generated } from 'kysely';
import {
  type Role,
  type RoundStatus,
  type StoredSubmissionState,
} from '../core/vocabulary/lists.js';
import type { EnteredFigure } from '../core/submissions/round-figures.js';

/** Kysely's view of the tables of migration 0002 (accounts, rounds, submissions, audit). */
type Timestamp = ColumnType<string, string | undefined, string>;
type DateText = string;
type Json<T> = ColumnType<T, string, string>;

export interface UsersTable {
  city_id: string;
  username: string;
  display_name: string | null;
  role: Role;
  password_hash: string;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface UserAgenciesTable {
  city_id: string;
  username: string;
  agency_code: string;
}

export interface SessionsTable {
  city_id: string;
  token_hash: string;
  username: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: string;
}

export interface LoginThrottleTable {
  city_id: string;
  username: string;
  failures: Generated<number>;
  last_failure_at: string | null;
  locked_until: string | null;
}

export interface ReportingRoundsTable {
  city_id: string;
  id: Generated<number>;
  plan_code: string;
  title: string;
  period_start: DateText;
  cut_off: DateText;
  due_date: DateText;
  status: Generated<RoundStatus>;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}

/** A figure kept in a submission's jsonb: as the agency entered it. */
export type StoredFigure = EnteredFigure;

export interface SubmissionsTable {
  city_id: string;
  round_id: number;
  measure_id: number;
  state: StoredSubmissionState;
  figures: Json<StoredFigure[]>;
  qualitative_text: Generated<string>;
  lagging_explanation: string | null;
  review_comment: string | null;
  updated_by: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface AttachmentsTable {
  city_id: string;
  id: Generated<number>;
  round_id: number;
  measure_id: number;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface AuditLogTable {
  city_id: string;
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_key: string;
  before: Json<unknown>;
  after: Json<unknown>;
  prev_hash: string;
  hash: string;
}

export interface AccountTables {
  users: UsersTable;
  user_agencies: UserAgenciesTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  reporting_rounds: ReportingRoundsTable;
  submissions: SubmissionsTable;
  attachments: AttachmentsTable;
  audit_log: AuditLogTable;
}
