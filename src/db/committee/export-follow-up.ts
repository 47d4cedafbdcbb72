import type { Kysely } from 'kysely';
import type {
  AssignmentDocument,
  FollowUpDocument,
  FollowUpSubjectDocument,
} from '../../contracts/committee-follow-up-document.js';
import type { Concerns, MeetingDocument } from '../../contracts/committee-document.js';
import { subjectKeyOf } from '../../contracts/validate-committee-follow-up.js';
import { bothOrNull } from '../city/document-fields.js';
import type { Tables } from '../tables.js';
import type { SectorCode } from '../../core/vocabulary/lists.js';
import { indicatorLinks, sectorLinks } from './code-links.js';
import { minutesOrder, toFollowUpRecord, type AssignmentRow } from './follow-up.js';
import { selectCityRows } from '../city-scope.js';
import { childrenBy } from '../group-rows.js';

type Meeting = Pick<MeetingDocument, 'code' | 'agendaItems' | 'resolutions'>;

/**
 * Each meeting's follow-up as it stands, in a stable order (subjects as the minutes number them,
 * then agencies in the order they were assigned; events and reminders as they happened), for the meetings whose follow-up is more
 * than their `concerns` imply (isAsRead): the others map to undefined and export without one.
 */
export async function exportFollowUps(
  db: Kysely<Tables>,
  city: string,
  meetings: readonly Meeting[],
): Promise<Map<string, FollowUpDocument | undefined>> {
  const codes = meetings.map((m) => m.code);
  if (!codes.length) return new Map();
  // Only these meetings' events and reminders: the minutes of one meeting read only its own.
  const ofMeetings = selectCityRows(db, 'committee_assignments', city)
    .select('id')
    .where('meeting_code', 'in', codes);
  const [assignments, events, reminders, links, agencies, sectors, indicators] = await Promise.all([
    db
      .selectFrom('committee_assignments as a')
      .selectAll()
      .where('city_id', '=', city)
      .where('meeting_code', 'in', codes)
      .orderBy(minutesOrder)
      .orderBy('id')
      .execute(),
    selectCityRows(db, 'committee_assignment_events', city)
      .selectAll()
      .where('assignment_id', 'in', ofMeetings)
      .orderBy('id')
      .execute(),
    selectCityRows(db, 'committee_reminders', city)
      .selectAll()
      .where('assignment_id', 'in', ofMeetings)
      .orderBy('sent_on')
      .orderBy('kind')
      .orderBy('round')
      .orderBy('due_date')
      .execute(),
    selectCityRows(db, 'committee_point_measures', city)
      .selectAll()
      .where('meeting_code', 'in', codes)
      .orderBy('item')
      .orderBy('comment')
      .orderBy('number')
      .orderBy('sub_point')
      .orderBy('plan_code')
      .orderBy('sector_code')
      .orderBy('measure_no')
      .execute(),
    db.selectFrom('agencies').select('code').where('city_id', '=', city).execute(),
    sectorLinks.load(db, city, codes),
    indicatorLinks.load(db, city, codes),
  ]);
  const everyAgency = agencies.map((a) => a.code);
  const assignmentsOf = childrenBy(assignments, 'meeting_code');
  const eventsOf = childrenBy(events, 'assignment_id');
  const remindersOf = childrenBy(reminders, 'assignment_id');
  const linksOf = childrenBy(links, 'meeting_code');
  const sectorLinksOf = childrenBy(sectors, 'meeting_code');
  const indicatorLinksOf = childrenBy(indicators, 'meeting_code');
  return new Map(
    meetings.map((meeting) => {
      const followUp: FollowUpDocument = {
        assignments: assignmentsOf(meeting.code).map((a): AssignmentDocument => ({
          subject:
            a.subject_kind === 'resolution'
              ? { resolution: a.number }
              : pointRef(a.item ?? 0, a.comment ?? 0, a.number, a.sub_point ?? ''),
          agency: a.agency_code,
          ...followUpFields(a),
          dueDateFixed: a.due_date_fixed,
          events: eventsOf(a.id).map((e) => ({
            event: e.event,
            body: e.body,
            on: e.on_date,
            actor: e.actor,
          })),
          reminders: remindersOf(a.id).map((r) => ({
            kind: r.kind,
            round: r.round,
            dueDate: r.due_date,
            sentOn: r.sent_on,
            daysOverdue: r.days_overdue,
            mailedTo: r.recipients,
            mail: bothOrNull(r.message_id, r.mail_subject, (messageId, subject) => ({
              messageId,
              subject,
            })),
          })),
        })),
        measures: linksOf(meeting.code).map((l) => ({
          ...pointRef(l.item, l.comment, l.number, l.sub_point),
          plan: l.plan_code,
          sector: l.sector_code,
          no: l.measure_no,
        })),
        sectors: sectorLinksOf(meeting.code).map((l) => ({
          ...pointRef(l.item, l.comment, l.number, l.sub_point),
          sector: l.code as SectorCode,
        })),
        indicators: indicatorLinksOf(meeting.code).map((l) => ({
          ...pointRef(l.item, l.comment, l.number, l.sub_point),
          indicator: l.code,
        })),
      };
      const asRead = isAsRead(meeting, followUp, everyAgency);
      return [meeting.code, asRead ? undefined : followUp];
    }),
  );
}

/** How far the assignment has come, read as the follow-up lists read it. */
function followUpFields(row: AssignmentRow) {
  const { dueDate, state, reply, note } = toFollowUpRecord(row);
  return { dueDate, state, reply, note };
}

function pointRef(item: number, comment: number, point: number, subPoint: string) {
  return { item, comment, point, ...(subPoint ? { subPoint } : {}) };
}

/**
 * Whether the follow-up is what importing the meeting without one writes: exactly the assignments
 * its concerns imply ('all': every agency), none worked on, no measure, sector or indicator linked.
 */
function isAsRead(meeting: Meeting, followUp: FollowUpDocument, everyAgency: string[]): boolean {
  const untouched = followUp.assignments.every(
    (a) =>
      a.state === 'open' &&
      !a.dueDateFixed &&
      a.reply === null &&
      a.note === null &&
      !a.events.length &&
      !a.reminders.length,
  );
  const linked = followUp.measures.length + followUp.sectors.length + followUp.indicators.length;
  if (!untouched || linked > 0) return false;
  const agenciesOf = (concerns: Concerns | undefined) =>
    concerns === 'all' ? everyAgency : (concerns ?? []);
  const implied = (subject: FollowUpSubjectDocument, concerns: Concerns | undefined) =>
    agenciesOf(concerns).map((agency) => `${subjectKeyOf(subject)}@${agency}`);
  const expected = new Set([
    ...meeting.agendaItems.flatMap((a) =>
      a.comments.flatMap((c) =>
        c.points.flatMap((p) => {
          const point = { item: a.number, comment: c.number, point: p.number };
          return [
            ...implied(point, p.concerns),
            ...p.subPoints.flatMap((s) => implied({ ...point, subPoint: s.letter }, s.concerns)),
          ];
        }),
      ),
    ),
    ...meeting.resolutions.flatMap((r) => implied({ resolution: r.number }, r.concerns)),
  ]);
  const stored = new Set(followUp.assignments.map((a) => `${subjectKeyOf(a.subject)}@${a.agency}`));
  return stored.size === expected.size && [...stored].every((key) => expected.has(key));
}
