import type { Kysely, Transaction } from 'kysely';
import { checkMemberInTerm } from '../../core/committee/checks.js';
import { invalid, NetZeroError } from '../../core/errors.js';
import type { AgendaItemDocument, MeetingDocument } from '../../contracts/committee-document.js';
import { appendAudit } from '../audit/append-audit.js';
import { nextInList } from '../city/rows.js';
import type { Tables } from '../tables.js';
import { meetingOf } from './follow-up.js';
import { memberByName } from './members.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';

/** A meeting as recorded before its agenda, resolutions and minutes. */
export type NewMeeting = Omit<
  MeetingDocument,
  'agendaItems' | 'resolutions' | 'minutesSentOn' | 'source' | 'notes'
> & { source?: string };

async function committeeOf(trx: Transaction<Tables>, city: string) {
  const committee = await selectCityRows(trx, 'committees', city)
    .select(['source_code'])
    .executeTakeFirst();
  if (!committee)
    throw new NetZeroError('NOT_FOUND', `${city} has no committee yet: import its members first`, [
      { path: 'committee', message: 'no committee' },
    ]);
  return committee;
}

/**
 * Records a meeting (kind, term and sequence, date and times, place, chair, attendance). Refused:
 * a city without a committee, a term the committee does not have, a code or a (kind, term,
 * sequence) already recorded (CONFLICT), a chair who is no member or not of the meeting's term.
 */
export async function recordMeeting(
  db: Kysely<Tables>,
  city: string,
  meeting: NewMeeting,
  actor: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const committee = await committeeOf(trx, city);
    const term = await selectCityRows(trx, 'committee_terms', city)
      .select('number')
      .where('number', '=', meeting.term)
      .executeTakeFirst();
    if (!term)
      throw invalid('term', `the committee has no term ${meeting.term} (第${meeting.term}屆)`);
    const clash = await selectCityRows(trx, 'committee_meetings', city)
      .select(['code', 'kind', 'term', 'sequence'])
      .where((eb) =>
        eb.or([
          eb('code', '=', meeting.code),
          eb.and([
            eb('kind', '=', meeting.kind),
            eb('term', '=', meeting.term),
            eb('sequence', '=', meeting.sequence),
          ]),
        ]),
      )
      .executeTakeFirst();
    if (clash) {
      const path = clash.code === meeting.code ? 'code' : 'sequence';
      throw new NetZeroError(
        'CONFLICT',
        `${path}: meeting "${clash.code}" is already recorded as this ${path === 'code' ? 'code' : 'kind, term and sequence'}`,
        [{ path, message: 'already recorded' }],
      );
    }
    const chair = await memberByName(trx, city, meeting.chair, 'chair');
    checkMemberInTerm(chair, meeting.term, 'chair');
    const position = await nextInList(
      selectCityRows(trx, 'committee_meetings', city),
      'position',
      0,
    );
    await trx
      .insertInto('committee_meetings')
      .values({
        city_id: city,
        code: meeting.code,
        kind: meeting.kind,
        term: meeting.term,
        sequence: meeting.sequence,
        title: meeting.title,
        date: meeting.date,
        start_time: meeting.startTime,
        end_time: meeting.endTime,
        place: meeting.place,
        chair_member_id: chair.id,
        attendance_text: meeting.attendance.text,
        attendance_members:
          meeting.attendance.members === null ? null : JSON.stringify(meeting.attendance.members),
        recorder: meeting.recorder,
        chair_remarks: meeting.chairRemarks,
        report_matters_note: meeting.reportMattersNote,
        reply_days: meeting.replyDays,
        minutes_sent_on: null,
        source_code: meeting.source ?? committee.source_code,
        notes: null,
        position,
      })
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'committee.meeting_record',
      entity: 'committee_meeting',
      entityKey: meeting.code,
      before: null,
      after: meeting,
    });
  });
}

/** An agenda item as the secretariat adds it; comments and the ruling come later. */
export type NewAgendaItem = Pick<
  AgendaItemDocument,
  'kind' | 'title' | 'presentation' | 'presentingAgency'
>;

/**
 * Adds an agenda item to a meeting, numbered after the last (一、二、三、). Refused: an unknown
 * meeting, a presenting agency not of this city.
 * @returns its number.
 */
export async function addAgendaItem(
  db: Kysely<Tables>,
  city: string,
  meetingCode: string,
  item: NewAgendaItem,
  actor: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await meetingOf(trx, city, meetingCode, 'meeting');
    if (item.presentingAgency)
      await requireAgency(trx, city, item.presentingAgency, 'presentingAgency');
    const items = selectCityRows(trx, 'committee_agenda_items', city);
    const number = await nextInList(items.where('meeting_code', '=', meetingCode), 'number', 1);
    await trx
      .insertInto('committee_agenda_items')
      .values({
        city_id: city,
        meeting_code: meetingCode,
        number,
        kind: item.kind,
        title: item.title,
        presentation_heading: item.presentation?.heading ?? null,
        presentation_summary: item.presentation?.summary ?? null,
        presenting_agency: item.presentingAgency,
        ruling: null,
        notes: null,
      })
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'committee.agenda_item_add',
      entity: 'committee_agenda_item',
      entityKey: `${meetingCode}/${number}`,
      before: null,
      after: item,
    });
    return number;
  });
}

/** An agency of the city, or VALIDATION_FAILED at `path`. */
export async function requireAgency(
  trx: Kysely<Tables>,
  city: string,
  agency: string,
  path: string,
): Promise<void> {
  const found = await selectCityRows(trx, 'agencies', city)
    .select('code')
    .where('code', '=', agency)
    .executeTakeFirst();
  if (!found) throw invalid(path, `"${agency}" is not an agency of ${city}`);
}

/** The agenda item's row, or NOT_FOUND naming it. */
export async function agendaItemOf(
  trx: Kysely<Tables>,
  city: string,
  meetingCode: string,
  number: number,
) {
  const row = await selectCityRows(trx, 'committee_agenda_items', city)
    .selectAll()
    .where('meeting_code', '=', meetingCode)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row)
    throw new NetZeroError(
      'NOT_FOUND',
      `item: meeting "${meetingCode}" has no agenda item ${number}`,
      [{ path: 'item', message: 'not found' }],
    );
  return row;
}

/** Sets the chair's ruling on an agenda item (主席裁示), verbatim; null removes it. */
export async function setRuling(
  db: Kysely<Tables>,
  city: string,
  meetingCode: string,
  item: number,
  ruling: string | null,
  actor: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await meetingOf(trx, city, meetingCode, 'meeting');
    const row = await agendaItemOf(trx, city, meetingCode, item);
    await updateCityRows(trx, 'committee_agenda_items', city)
      .set({ ruling })
      .where('meeting_code', '=', meetingCode)
      .where('number', '=', item)
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'committee.ruling_set',
      entity: 'committee_agenda_item',
      entityKey: `${meetingCode}/${item}`,
      before: { ruling: row.ruling },
      after: { ruling },
    });
  });
}
