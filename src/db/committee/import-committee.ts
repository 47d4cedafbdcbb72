import type { Kysely, Transaction } from 'kysely';
import { checkDueDate } from '../../core/committee/checks.js';
import { replyDeadline } from '../../core/committee/reply-deadline.js';
import { NetZeroError } from '../../core/errors.js';
import type { WorkingCalendar } from '../../core/office-calendar.js';
import type { CommitteeDocument, Concerns } from '../../contracts/committee-document.js';
import { validateCommitteeDocument } from '../../contracts/validate-committee-document.js';
import { auditCommitteeImport } from './audit-committee-import.js';
import { appendAgencies } from '../city/agencies.js';
import { insertCityList, insertInChunks, insertRows, jsonOrNull } from '../city/rows.js';
import type { Tables } from '../tables.js';
import { shippedWorkingCalendar } from './calendar.js';
import { writeFollowUp } from './import-follow-up.js';
import { measureKey } from '../../contracts/validate-committee-follow-up.js';
import { selectCityRows } from '../city-scope.js';
import { requireCity } from '../city/cities.js';

export interface CommitteeWriteOptions {
  /** The office calendar due dates are counted on; the shipped one by default. */
  calendar?: WorkingCalendar;
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * Writes a city's committee from a committee document in one transaction, with an audit entry
 * naming its meetings. Every check runs before the first write: the document
 * is validated against the city as stored (its agencies and sources), and due dates — the day the
 * minutes were sent plus the meeting's reply days on the office calendar — may not fall before
 * the meeting. A city that already has a committee is refused (CONFLICT), so the same minutes
 * are never recorded twice. Each point and resolution is assigned to the agencies it concerns
 * ('all': every agency of the city).
 * @returns the validated document that was stored.
 */
export async function importCommittee(
  db: Kysely<Tables>,
  city: string,
  input: unknown,
  actor: string,
  options: CommitteeWriteOptions = {},
): Promise<CommitteeDocument> {
  return db.transaction().execute(async (trx) => {
    const doc = await recordCommittee(trx, city, input, options);
    await auditCommitteeImport(trx, city, doc, actor, 'committee');
    return doc;
  });
}

/**
 * importCommittee's checks and writes, inside a transaction the caller holds (a city import
 * writes its committee with the rest of the city); the caller writes the audit entry
 * (auditCommitteeImport).
 */
export async function recordCommittee(
  trx: Transaction<Tables>,
  city: string,
  input: unknown,
  options: CommitteeWriteOptions = {},
): Promise<CommitteeDocument> {
  const existing = await selectCityRows(trx, 'committees', city)
    .select('city_id')
    .executeTakeFirst();
  if (existing) {
    throw new NetZeroError(
      'CONFLICT',
      `${city} already has a committee: its meetings' minutes are recorded once`,
      [{ path: 'committee', message: 'already recorded' }],
    );
  }
  const agencies = await selectCityRows(trx, 'agencies', city)
    .select('code')
    .orderBy('position')
    .execute();
  const sources = await selectCityRows(trx, 'sources', city).select('code').execute();
  if (!agencies.length && !sources.length) await requireCity(trx, city);
  const measures = await selectCityRows(trx, 'measures', city)
    .select(['plan_code as plan', 'sector_code as sector', 'no'])
    .execute();
  const doc = validateCommitteeDocument(input, {
    city,
    agencies: new Set(agencies.map((a) => a.code)),
    sources: new Set(sources.map((s) => s.code)),
    measures: new Set(measures.map(measureKey)),
  });
  const calendar =
    options.calendar ??
    (doc.meetings.some((m) => m.minutesSentOn) ? await shippedWorkingCalendar() : undefined);
  const dueDates = doc.meetings.map((m, i) => {
    if (!m.minutesSentOn || !calendar) return null;
    const path = `meetings[${i}].minutesSentOn`;
    const { due } = replyDeadline(m.minutesSentOn, calendar, m.replyDays, path);
    checkDueDate(due, m.date, path);
    return due;
  });
  const allAgencies = [...agencies.map((a) => a.code), ...doc.agencies.map((a) => a.code)];
  await writeCommittee(trx, city, doc, dueDates, allAgencies);
  return doc;
}

async function writeCommittee(
  trx: Transaction<Tables>,
  city_id: string,
  doc: CommitteeDocument,
  dueDates: (string | null)[],
  allAgencies: string[],
): Promise<void> {
  await appendAgencies(trx, city_id, doc.agencies);
  await trx
    .insertInto('committees')
    .values({
      city_id,
      name: doc.committee.name,
      name_en: doc.committee.nameEn ?? null,
      secretariat_code: doc.committee.secretariat,
      source_code: doc.committee.source,
      sources: json(doc.sources),
      notes: jsonOrNull(doc.committee.notes),
    })
    .execute();
  await insertCityList(trx, 'committee_agencies', city_id, doc.agencies, (a) => ({ code: a.code }));
  await insertCityList(trx, 'committee_terms', city_id, doc.terms, (t) => ({
    number: t.number,
    name: t.name,
    start_date: t.start,
    end_date: t.end,
    member_count: t.memberCount,
    source_code: t.source,
    notes: jsonOrNull(t.notes),
  }));
  await insertCityList(trx, 'committee_groups', city_id, doc.groups, (g) => ({
    code: g.code,
    name: g.name,
    name_en: g.nameEn ?? null,
    notes: jsonOrNull(g.notes),
  }));
  await insertInChunks(
    trx,
    'committee_group_agencies',
    doc.groups.flatMap((g) => [
      ...g.leadAgencies.map((agency_code, position) => ({
        city_id,
        group_code: g.code,
        agency_code,
        lead: true,
        position,
      })),
      ...g.agencies.map((agency_code, position) => ({
        city_id,
        group_code: g.code,
        agency_code,
        lead: false,
        position,
      })),
    ]),
  );
  const memberIds = new Map<string, number>();
  for (const [position, m] of doc.members.entries()) {
    const { id } = await trx
      .insertInto('committee_members')
      .values({
        city_id,
        name: m.name,
        title: m.title,
        category: m.category,
        role: m.role,
        email: m.email,
        username: null,
        notes: jsonOrNull(m.notes),
        position,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    memberIds.set(m.name, id);
  }
  const memberId = (name: string) => memberIds.get(name) ?? -1;
  await insertInChunks(
    trx,
    'committee_member_terms',
    doc.members.flatMap((m) =>
      m.terms.map((term, position) => ({ city_id, member_id: memberId(m.name), term, position })),
    ),
  );
  await insertInChunks(
    trx,
    'committee_member_groups',
    doc.members.flatMap((m) =>
      m.groups.map((group_code, position) => ({
        city_id,
        member_id: memberId(m.name),
        group_code,
        position,
      })),
    ),
  );
  const assigned = (concerns: Concerns | undefined) =>
    concerns === 'all' ? allAgencies : (concerns ?? []);
  for (const [position, m] of doc.meetings.entries()) {
    const meeting_code = m.code;
    const ofMeeting = { city_id, meeting_code };
    const due_date = dueDates[position] ?? null;
    await trx
      .insertInto('committee_meetings')
      .values({
        city_id,
        code: m.code,
        kind: m.kind,
        term: m.term,
        sequence: m.sequence,
        title: m.title,
        date: m.date,
        start_time: m.startTime,
        end_time: m.endTime,
        place: m.place,
        chair_member_id: memberId(m.chair),
        attendance_text: m.attendance.text,
        attendance_members: jsonOrNull(m.attendance.members ?? undefined),
        recorder: m.recorder,
        chair_remarks: m.chairRemarks,
        report_matters_note: m.reportMattersNote,
        reply_days: m.replyDays,
        minutes_sent_on: m.minutesSentOn,
        minutes_published_on: m.minutesPublishedOn ?? null,
        source_code: m.source,
        notes: jsonOrNull(m.notes),
        position,
      })
      .execute();
    await insertRows(trx, 'committee_agenda_items', ofMeeting, m.agendaItems, (a) => ({
      number: a.number,
      kind: a.kind,
      title: a.title,
      presentation_heading: a.presentation?.heading ?? null,
      presentation_summary: a.presentation?.summary ?? null,
      presenting_agency: a.presentingAgency,
      ruling: a.ruling,
      notes: jsonOrNull(a.notes),
    }));
    const comments = m.agendaItems.flatMap((a) => a.comments.map((c) => ({ item: a.number, c })));
    await insertRows(trx, 'committee_comments', ofMeeting, comments, ({ item, c }) => ({
      term: m.term,
      item,
      number: c.number,
      member_id: memberId(c.member),
      channel: c.channel,
      written_form: c.writtenForm,
    }));
    const points = comments.flatMap(({ item, c }) =>
      c.points.flatMap((p) => [
        {
          city_id,
          meeting_code,
          item,
          comment: c.number,
          number: p.number,
          sub_point: '',
          text: p.text,
          concerns: json(p.concerns),
          reading: p.reading ?? null,
        },
        ...p.subPoints.map((s) => ({
          city_id,
          meeting_code,
          item,
          comment: c.number,
          number: p.number,
          sub_point: s.letter,
          text: s.text,
          concerns: jsonOrNull(s.concerns),
          reading: s.reading ?? null,
        })),
      ]),
    );
    await insertInChunks(trx, 'committee_points', points);
    await insertRows(trx, 'committee_resolutions', ofMeeting, m.resolutions, (r) => ({
      number: r.number,
      text: r.text,
      concerns: json(r.concerns),
      reading: r.reading ?? null,
    }));
    // A meeting's follow-up, when the document carries it, is the assignments as they stand;
    // without it, the minutes' concerns assign them, all open.
    if (m.followUp) {
      await writeFollowUp(trx, city_id, meeting_code, m.followUp);
      continue;
    }
    await insertInChunks(trx, 'committee_assignments', [
      ...points.flatMap((p) =>
        assigned(JSON.parse(p.concerns ?? 'null') as Concerns | undefined).map((agency_code) => ({
          city_id,
          meeting_code,
          subject_kind: 'point' as const,
          item: p.item,
          comment: p.comment,
          number: p.number,
          sub_point: p.sub_point,
          agency_code,
          due_date,
          reply_text: null,
          reply_date: null,
          note: null,
        })),
      ),
      ...m.resolutions.flatMap((r) =>
        assigned(r.concerns).map((agency_code) => ({
          city_id,
          meeting_code,
          subject_kind: 'resolution' as const,
          item: null,
          comment: null,
          number: r.number,
          sub_point: null,
          agency_code,
          due_date,
          reply_text: null,
          reply_date: null,
          note: null,
        })),
      ),
    ]);
  }
}
