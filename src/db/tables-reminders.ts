import type { ColumnType, Generated } from 'kysely';
import type { ReminderKind } from '../core/committee/reminders.js';

/** Kysely types of migration 0010's tables: agencies' mail contacts and the reminders issued. */
type DateText = string;
type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<string, string | undefined, string>;

export interface AgencyContactsTable {
  city_id: string;
  agency_code: string;
  position: number;
  name: string | null;
  address: string;
}

export interface CommitteeRemindersTable {
  city_id: string;
  id: Generated<number>;
  assignment_id: number;
  agency_code: string;
  kind: ReminderKind;
  round: number;
  due_date: DateText;
  sent_on: DateText;
  days_overdue: number;
  /** The addresses the mail server accepted; [] for a reminder issued in the app only. */
  recipients: Json<string[]>;
  message_id: string | null;
  mail_subject: string | null;
  created_at: Timestamp;
}

export interface ReminderTables {
  agency_contacts: AgencyContactsTable;
  committee_reminders: CommitteeRemindersTable;
}
