import type { Kysely } from 'kysely';
import { composeReminders, type RemindableRecord } from '../../core/committee/reminder-message.js';
import {
  planReminders,
  type DueReminder,
  type UncountedReminder,
} from '../../core/committee/reminders.js';
import type { IsoDate } from '../../core/dates.js';
import { NetZeroError } from '../../core/errors.js';
import type { WorkingCalendar } from '../../core/office-calendar.js';
import { loadAgencyContacts } from '../../db/committee/agency-contacts.js';
import { shippedWorkingCalendar } from '../../db/committee/calendar.js';
import {
  type AssignedRecord,
  loadCommitteeNames,
  loadRemindableRecords,
  loadSentReminders,
  markMailed,
  recordReminders,
} from '../../db/committee/reminders.js';
import type { Tables } from '../../db/tables.js';
import type { Mailer } from '../mail/mailer.js';
import { sendReminder } from '../mail/send-reminder.js';

export interface RemindOptions {
  city: string;
  /** The day the reminders are for: Taiwan's today when the schedule runs it. */
  today: IsoDate;
  mailer: Mailer;
  /** The site's address for links in the mail (https://…), or null for bare paths. */
  platformUrl?: string | null;
  calendar?: WorkingCalendar;
}

/** What one run did, per mail: the CLI prints it and the schedule logs it. */
export interface RemindOutcome {
  mailed: { agency: string; kind: string; count: number; to: string[]; rejected: string[] }[];
  /** Agencies without an address: the reminders are in the app only, for the secretariat to call. */
  inAppOnly: { agency: string; kind: string; count: number; reason: string }[];
  /** Already issued by another run at the same moment: nothing sent again. */
  skipped: number;
  failed: { agency: string; kind: string; count: number; message: string }[];
  /**
   * Reminders not counted, and why: their working days reach a year whose office calendar is
   * missing or unconfirmed. Skipped (the others go on), logged, and shown to the secretariat.
   */
  uncounted: UncountedOutcome[];
}

export interface UncountedOutcome {
  assignment: number;
  agency: string;
  reference: string;
  dueDate: IsoDate;
  year: number;
  reason: string;
}

/**
 * Issues the reminders due on `today`: dueReminders (which reminders, given those already
 * issued) → composeReminders (one mail per agency and kind) → for each mail, one transaction that
 * records its reminders, hands the mail to the SMTP server and keeps the record only once the
 * server has taken it. Idempotent: what is recorded is never due again, and the table's unique
 * key makes a run that lost a race send nothing. A mail that fails leaves its reminders unrecorded
 * (the next run tries again) and the others go on; the failures are returned, not thrown.
 * A crash between the server's acceptance and the commit would send that one mail twice: the only
 * case, and the safer side of it (a reminder twice rather than never).
 */
export async function remindAgencies(
  db: Kysely<Tables>,
  options: RemindOptions,
): Promise<RemindOutcome> {
  const { city, today, mailer } = options;
  const names = await loadCommitteeNames(db, city);
  if (!names)
    throw new NetZeroError('NOT_FOUND', `${city} has no committee`, [
      { path: 'city', message: 'no committee' },
    ]);
  const calendar = options.calendar ?? (await shippedWorkingCalendar());
  const [records, sent, agencies] = await Promise.all([
    loadRemindableRecords(db, city),
    loadSentReminders(db, city),
    loadAgencyContacts(db, city),
  ]);
  const { due, uncounted } = planReminders(records, sent, today, calendar);
  // composeReminders hands back the records it was given: each is one of `records`.
  const assigned = (reminders: readonly DueReminder<RemindableRecord>[]) =>
    reminders.map((r) => ({ ...r, record: r.record as AssignedRecord }));
  const { messages, unreachable } = composeReminders(due, agencies, {
    ...names,
    platformUrl: options.platformUrl ?? null,
  });
  const outcome: RemindOutcome = {
    mailed: [],
    inAppOnly: [],
    skipped: 0,
    failed: [],
    uncounted: uncounted.map(describeUncounted),
  };
  for (const group of unreachable) {
    const ids = await recordReminders(db, city, assigned(group.reminders), today);
    outcome.skipped += group.reminders.length - ids.length;
    if (ids.length)
      outcome.inAppOnly.push({
        agency: group.agency,
        kind: group.reminders[0]?.kind ?? 'overdue',
        count: ids.length,
        reason: group.reason,
      });
  }
  for (const message of messages) {
    const count = message.reminders.length;
    try {
      const mailed = await db.transaction().execute(async (trx) => {
        const ids = await recordReminders(trx, city, assigned(message.reminders), today);
        // Another run recorded (some of) these first: it sends them; this one sends nothing.
        if (ids.length < count) throw new AlreadyIssued(count - ids.length);
        const sent = await sendReminder(mailer, message);
        await markMailed(trx, city, ids, {
          messageId: sent.messageId,
          subject: message.subject,
          recipients: sent.accepted,
        });
        return sent;
      });
      outcome.mailed.push({
        agency: message.agency,
        kind: message.kind,
        count,
        to: mailed.accepted,
        rejected: mailed.rejected,
      });
    } catch (error) {
      if (error instanceof AlreadyIssued) outcome.skipped += error.count;
      else if (error instanceof NetZeroError)
        outcome.failed.push({
          agency: message.agency,
          kind: message.kind,
          count,
          message: error.message,
        });
      else throw error;
    }
  }
  return outcome;
}

/** An uncounted reminder as the log and the secretariat's page name it. */
export function describeUncounted({
  record,
  year,
  reason,
}: UncountedReminder<AssignedRecord>): UncountedOutcome {
  return {
    assignment: record.assignmentId,
    agency: record.agency,
    reference: record.printed.reference,
    dueDate: record.dueDate ?? '',
    year,
    reason,
  };
}

class AlreadyIssued extends Error {
  constructor(readonly count: number) {
    super(`${count} reminder(s) already issued by another run`);
  }
}
