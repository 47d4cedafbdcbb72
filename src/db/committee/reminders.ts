import type { Kysely } from 'kysely';
import {
  agendaItemNumber,
  printedPoint,
  resolutionNumber,
} from '../../core/committee/numbering.js';
import type { FollowUpSubject } from '../../core/committee/follow-up-record.js';
import type { RemindableRecord } from '../../core/committee/reminder-message.js';
import type { DueReminder, ReminderKind, SentReminder } from '../../core/committee/reminders.js';
import type { IsoDate } from '../../core/dates.js';
import type { Label } from '../../core/committee/reminder-message.js';
import type { Tables } from '../tables.js';
import { assignmentsWithSubjects } from './assignment-subjects.js';
import { minutesOrder, toFollowUpRecord } from './follow-up.js';

/** A record that may be reminded of, with the assignment row it comes from. */
export type AssignedRecord = RemindableRecord & { assignmentId: number };

/**
 * The assignments still awaiting their agency's reply with a due date, as records that print
 * themselves as the minutes number them (一、綜合討論 石豐宇委員 (1); 決議事項 3.), in the
 * minutes' order.
 */
export async function loadRemindableRecords(
  db: Kysely<Tables>,
  city: string,
): Promise<AssignedRecord[]> {
  const rows = await assignmentsWithSubjects(db, city)
    .selectAll('a')
    .select([
      'm.title as meeting_title',
      'm.date as meeting_date',
      'i.title as item_title',
      'u.name as member_name',
      'u.title as member_title',
      'p.text as point_text',
      'r.text as resolution_text',
    ])
    .where('a.state', 'in', ['open', 'kept_open'])
    .where('a.due_date', 'is not', null)
    .orderBy('m.position')
    .orderBy(minutesOrder)
    .orderBy('a.agency_code')
    .execute();
  return rows.map((r) => ({
    ...toFollowUpRecord(r),
    assignmentId: r.id,
    printed: {
      meetingTitle: r.meeting_title,
      meetingDate: r.meeting_date,
      reference:
        r.subject_kind === 'resolution'
          ? `決議事項 ${resolutionNumber(r.number)}`
          : `${agendaItemNumber(r.item ?? 1)}${r.item_title ?? ''} ${r.member_name ?? ''}${r.member_title ?? '委員'} ${printedPoint(r.number, r.sub_point || null)}`,
      text: (r.subject_kind === 'resolution' ? r.resolution_text : r.point_text) ?? '',
    },
  }));
}

/** The reminders already issued in the city, as dueReminders reads them. */
export async function loadSentReminders(db: Kysely<Tables>, city: string): Promise<SentReminder[]> {
  return (await listReminders(db, city)).map((r) => ({
    subject: r.subject,
    agency: r.agency,
    kind: r.kind,
    dueDate: r.dueDate,
    round: r.round,
    sentOn: r.sentOn,
  }));
}

/** A mail the server accepted: its id, its subject and the addresses it took. */
export interface MailedReminders {
  messageId: string;
  subject: string;
  recipients: readonly string[];
}

/**
 * Records reminders as issued on `today`, in the app (markMailed adds the mail once the server has
 * taken it), in the caller's transaction. A reminder already recorded
 * (the same assignment, due date, kind and round: a second run, or another run at once) is skipped.
 * @returns the ids of the rows written; fewer than the reminders when some were already issued.
 */
export async function recordReminders(
  db: Kysely<Tables>,
  city: string,
  reminders: readonly DueReminder<AssignedRecord>[],
  today: IsoDate,
): Promise<number[]> {
  if (!reminders.length) return [];
  const rows = await db
    .insertInto('committee_reminders')
    .values(
      reminders.map((r) => ({
        city_id: city,
        assignment_id: r.record.assignmentId,
        agency_code: r.record.agency,
        kind: r.kind,
        round: r.round,
        due_date: r.dueDate,
        sent_on: today,
        days_overdue: r.daysOverdue,
        recipients: '[]',
        message_id: null,
        mail_subject: null,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['city_id', 'assignment_id', 'due_date', 'kind', 'round']).doNothing(),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Once the server has accepted the mail: its id and the addresses it took. */
export async function markMailed(
  db: Kysely<Tables>,
  city: string,
  ids: readonly number[],
  mail: MailedReminders,
): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable('committee_reminders')
    .set({
      message_id: mail.messageId,
      mail_subject: mail.subject,
      recipients: JSON.stringify(mail.recipients),
    })
    .where('city_id', '=', city)
    .where('id', 'in', [...ids])
    .execute();
}

/** A reminder in an agency's list in the app. */
export interface ReminderEntry {
  /** The assignment chased (committee_assignments.id). */
  assignment: number;
  subject: FollowUpSubject;
  agency: string;
  kind: ReminderKind;
  round: number;
  dueDate: IsoDate;
  sentOn: IsoDate;
  daysOverdue: number;
  /** Whether a mail went out, and to whom; [] when it was issued in the app only. */
  mailedTo: string[];
  /** The assignment's state now: a reminder of a point since answered shows as such. */
  state: string;
}

/**
 * The reminders issued to an agency (every agency's when `agency` is omitted), newest first: the
 * in-app list of what the secretariat has chased, mailed or not.
 */
export async function listReminders(
  db: Kysely<Tables>,
  city: string,
  agency?: string,
): Promise<ReminderEntry[]> {
  let query = db
    .selectFrom('committee_reminders as s')
    .innerJoin('committee_assignments as a', (j) =>
      j.onRef('a.city_id', '=', 's.city_id').onRef('a.id', '=', 's.assignment_id'),
    )
    .selectAll('a')
    .select([
      's.kind',
      's.round',
      's.due_date as reminded_due',
      's.sent_on',
      's.days_overdue',
      's.recipients',
    ])
    .where('s.city_id', '=', city);
  if (agency !== undefined) query = query.where('s.agency_code', '=', agency);
  // Within a day, in the minutes' order (not by row id), so an imported city lists them alike.
  const rows = await query
    .orderBy('s.sent_on', 'desc')
    .orderBy('a.meeting_code')
    .orderBy(minutesOrder)
    .orderBy('a.agency_code')
    .orderBy('s.kind')
    .orderBy('s.round')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    assignment: r.id,
    subject: toFollowUpRecord(r).subject,
    agency: r.agency_code,
    kind: r.kind,
    round: r.round,
    dueDate: r.reminded_due,
    sentOn: r.sent_on,
    daysOverdue: r.days_overdue,
    mailedTo: r.recipients,
    state: r.state,
  }));
}

/** The committee and its secretariat as reminders name them; null when the city has no committee. */
export async function loadCommitteeNames(
  db: Kysely<Tables>,
  city: string,
): Promise<{ committee: Label; secretariat: Label } | null> {
  const row = await db
    .selectFrom('committees as c')
    .innerJoin('agencies as s', (j) =>
      j.onRef('s.city_id', '=', 'c.city_id').onRef('s.code', '=', 'c.secretariat_code'),
    )
    .select(['c.name', 'c.name_en', 's.name as secretariat', 's.name_en as secretariat_en'])
    .where('c.city_id', '=', city)
    .executeTakeFirst();
  if (!row) return null;
  return {
    committee: { zh: row.name, en: row.name_en ?? row.name },
    secretariat: { zh: row.secretariat, en: row.secretariat_en ?? row.secretariat },
  };
}
