import type { Transaction } from 'kysely';
import type {
  FollowUpDocument,
  FollowUpSubjectDocument,
} from '../../contracts/committee-follow-up-document.js';
import { insertInChunks, insertRows } from '../city/rows.js';
import type { Tables } from '../tables.js';

/** A document subject as committee_assignments' subject columns. */
export function subjectColumnsOf(subject: FollowUpSubjectDocument) {
  return 'resolution' in subject
    ? {
        subject_kind: 'resolution' as const,
        item: null,
        comment: null,
        number: subject.resolution,
        sub_point: null,
      }
    : {
        subject_kind: 'point' as const,
        item: subject.item,
        comment: subject.comment,
        number: subject.point,
        sub_point: subject.subPoint ?? '',
      };
}

/**
 * Writes a meeting's `followUp` as it stands (validated already): its assignments with their
 * state, reply and note, the events that led there, the reminders issued, and its points' links
 * to measures, sectors and indicators. Recorded as they were, not replayed: the events keep their dates and actors.
 */
export async function writeFollowUp(
  trx: Transaction<Tables>,
  city_id: string,
  meeting_code: string,
  followUp: FollowUpDocument,
): Promise<void> {
  /** A linked point's key columns. */
  const pointRow = (l: { item: number; comment: number; point: number; subPoint?: string }) => ({
    city_id,
    meeting_code,
    item: l.item,
    comment: l.comment,
    number: l.point,
    sub_point: l.subPoint ?? '',
  });
  for (const a of followUp.assignments) {
    const { id } = await trx
      .insertInto('committee_assignments')
      .values({
        city_id,
        meeting_code,
        ...subjectColumnsOf(a.subject),
        agency_code: a.agency,
        due_date: a.dueDate,
        due_date_fixed: a.dueDateFixed,
        state: a.state,
        reply_text: a.reply?.text ?? null,
        reply_date: a.reply?.date ?? null,
        note: a.note,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ofAssignment = { city_id, assignment_id: id };
    await insertRows(trx, 'committee_assignment_events', ofAssignment, a.events, (e) => ({
      event: e.event,
      body: e.body,
      on_date: e.on,
      actor: e.actor,
    }));
    await insertRows(trx, 'committee_reminders', ofAssignment, a.reminders, (r) => ({
      agency_code: a.agency,
      kind: r.kind,
      round: r.round,
      due_date: r.dueDate,
      sent_on: r.sentOn,
      days_overdue: r.daysOverdue,
      recipients: JSON.stringify(r.mailedTo),
      message_id: r.mail?.messageId ?? null,
      mail_subject: r.mail?.subject ?? null,
    }));
  }
  await insertInChunks(
    trx,
    'committee_point_measures',
    followUp.measures.map((l) => ({
      ...pointRow(l),
      plan_code: l.plan,
      sector_code: l.sector,
      measure_no: l.no,
    })),
  );
  await insertInChunks(
    trx,
    'committee_point_sectors',
    followUp.sectors.map((l) => ({ ...pointRow(l), sector_code: l.sector })),
  );
  await insertInChunks(
    trx,
    'committee_point_indicators',
    followUp.indicators.map((l) => ({ ...pointRow(l), indicator_code: l.indicator })),
  );
}
