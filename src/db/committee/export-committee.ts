import type { Kysely, Selectable } from 'kysely';
import { selectCityRows } from '../city-scope.js';
import { NetZeroError } from '../../core/errors.js';
import type { CommitteeDocument, Concerns } from '../../contracts/committee-document.js';
import type { Tables } from '../tables.js';
import { onSameCity } from '../city-scope.js';
import { bothOrNull } from '../city/document-fields.js';
import { exportFollowUps } from './export-follow-up.js';
import { childrenBy } from '../group-rows.js';

type Doc = CommitteeDocument;
/** The tables holding a meeting's parts, each keyed by (city, meeting, number …). */
type MeetingPartTable =
  'committee_agenda_items' | 'committee_comments' | 'committee_points' | 'committee_resolutions';
/** Absent stays absent: optional fields were stored as null. */
const opt = <T>(value: T | null): T | undefined => value ?? undefined;

/** Whether the city has a committee (exportCommittee refuses a city without one). */
export async function hasCommittee(db: Kysely<Tables>, city: string): Promise<boolean> {
  const row = await selectCityRows(db, 'committees', city).select('city_id').executeTakeFirst();
  return row !== undefined;
}

/**
 * The city's committee as a `netzero-committee/1` document, as importCommittee stored it; with
 * `meeting`, only that meeting of it (for its minutes and its page), the rest whole.
 */
export async function exportCommittee(
  db: Kysely<Tables>,
  city: string,
  options: { meeting?: string } = {},
): Promise<Doc> {
  const committee = await selectCityRows(db, 'committees', city).selectAll().executeTakeFirst();
  if (!committee)
    throw new NetZeroError('NOT_FOUND', `${city} has no committee`, [
      { path: 'city', message: 'no committee' },
    ]);
  const [agencies, terms, groups, groupAgencies, members, memberTerms, memberGroups] =
    await Promise.all([
      db
        .selectFrom('committee_agencies as c')
        .innerJoin('agencies as a', (j) => onSameCity(j, ['a.code', 'c.code']))
        .select(['a.code', 'a.name', 'a.name_en'])
        .where('c.city_id', '=', city)
        .orderBy('c.position')
        .execute(),
      selectCityRows(db, 'committee_terms', city).selectAll().orderBy('position').execute(),
      selectCityRows(db, 'committee_groups', city).selectAll().orderBy('position').execute(),
      selectCityRows(db, 'committee_group_agencies', city)
        .selectAll()
        .orderBy('position')
        .execute(),
      selectCityRows(db, 'committee_members', city).selectAll().orderBy('position').execute(),
      selectCityRows(db, 'committee_member_terms', city).selectAll().orderBy('position').execute(),
      selectCityRows(db, 'committee_member_groups', city).selectAll().orderBy('position').execute(),
    ]);
  /** One table of the meetings' parts, in printed order: all meetings', or `options.meeting`'s. */
  const parts = <T extends MeetingPartTable>(table: T, ...order: ('number' | 'sub_point')[]) => {
    // Widened to the union: meeting_code and number are in all four; sub_point is asked of points only.
    const widened: MeetingPartTable = table;
    let query = selectCityRows(db, widened, city).selectAll();
    if (options.meeting !== undefined) query = query.where('meeting_code', '=', options.meeting);
    for (const column of order) query = query.orderBy(column);
    return query.execute() as Promise<Selectable<Tables[T]>[]>;
  };
  const [meetings, items, comments, points, resolutions] = await Promise.all([
    selectCityRows(db, 'committee_meetings', city)
      .selectAll()
      .$if(options.meeting !== undefined, (q) => q.where('code', '=', options.meeting ?? ''))
      .orderBy('position')
      .execute(),
    parts('committee_agenda_items', 'number'),
    parts('committee_comments', 'number'),
    parts('committee_points', 'number', 'sub_point'),
    parts('committee_resolutions', 'number'),
  ]);
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const itemsOf = childrenBy(items, 'meeting_code');
  const resolutionsOf = childrenBy(resolutions, 'meeting_code');
  const name = (id: number) => memberName.get(id) ?? String(id);
  const doc: Doc = {
    format: 'netzero-committee/1',
    city,
    committee: {
      name: committee.name,
      nameEn: opt(committee.name_en),
      secretariat: committee.secretariat_code,
      source: committee.source_code,
      notes: opt(committee.notes),
    },
    sources: committee.sources as Doc['sources'],
    agencies: agencies.map((a) => ({ code: a.code, name: a.name, nameEn: opt(a.name_en) })),
    terms: terms.map((t) => ({
      number: t.number,
      name: t.name,
      start: t.start_date,
      end: t.end_date,
      memberCount: t.member_count,
      source: t.source_code,
      notes: opt(t.notes),
    })),
    groups: groups.map((g) => {
      const mine = groupAgencies.filter((a) => a.group_code === g.code);
      return {
        code: g.code,
        name: g.name,
        nameEn: opt(g.name_en),
        leadAgencies: mine.filter((a) => a.lead).map((a) => a.agency_code),
        agencies: mine.filter((a) => !a.lead).map((a) => a.agency_code),
        notes: opt(g.notes),
      };
    }),
    members: members.map((m) => ({
      name: m.name,
      title: m.title,
      category: m.category,
      role: m.role,
      terms: memberTerms.filter((t) => t.member_id === m.id).map((t) => t.term),
      groups: memberGroups.filter((g) => g.member_id === m.id).map((g) => g.group_code),
      email: m.email,
      notes: opt(m.notes),
    })),
    meetings: meetings.map((m) => ({
      code: m.code,
      kind: m.kind,
      term: m.term,
      sequence: m.sequence,
      title: m.title,
      date: m.date,
      startTime: m.start_time,
      endTime: m.end_time,
      place: m.place,
      chair: name(m.chair_member_id),
      attendance: { text: m.attendance_text, members: m.attendance_members },
      recorder: m.recorder,
      chairRemarks: m.chair_remarks,
      reportMattersNote: m.report_matters_note,
      agendaItems: itemsOf(m.code).map((a) => ({
        number: a.number,
        kind: a.kind,
        title: a.title,
        presentation: bothOrNull(
          a.presentation_heading,
          a.presentation_summary,
          (heading, summary) => ({ heading, summary }),
        ),
        presentingAgency: a.presenting_agency,
        comments: comments
          .filter((c) => c.meeting_code === m.code && c.item === a.number)
          .map((c) => {
            const own = points.filter(
              (p) => p.meeting_code === m.code && p.item === a.number && p.comment === c.number,
            );
            return {
              number: c.number,
              member: name(c.member_id),
              channel: c.channel,
              writtenForm: c.written_form,
              points: own
                .filter((p) => p.sub_point === '')
                .map((p) => ({
                  number: p.number,
                  text: p.text,
                  subPoints: own
                    .filter((s) => s.number === p.number && s.sub_point !== '')
                    .map((s) => ({
                      letter: s.sub_point,
                      text: s.text,
                      concerns: opt(s.concerns),
                      reading: opt(s.reading),
                    })),
                  concerns: p.concerns as Concerns,
                  reading: opt(p.reading),
                })),
            };
          }),
        ruling: a.ruling,
        notes: opt(a.notes),
      })),
      resolutions: resolutionsOf(m.code).map((r) => ({
        number: r.number,
        text: r.text,
        concerns: r.concerns,
        reading: opt(r.reading),
      })),
      replyDays: m.reply_days,
      minutesSentOn: m.minutes_sent_on,
      minutesPublishedOn: opt(m.minutes_published_on),
      source: m.source_code,
      notes: opt(m.notes),
    })),
  };
  const followUps = await exportFollowUps(db, city, doc.meetings);
  for (const meeting of doc.meetings) {
    const followUp = followUps.get(meeting.code);
    if (followUp) meeting.followUp = followUp;
  }
  return doc;
}

/** The cities that have a committee, for the daily reminders. */
export async function listCommitteeCities(db: Kysely<Tables>): Promise<string[]> {
  const rows = await db.selectFrom('committees').select('city_id').orderBy('city_id').execute();
  return rows.map((r) => r.city_id);
}
