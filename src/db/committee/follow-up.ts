import {
  sql,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type Transaction,
} from 'kysely';
import { checkDueDate } from '../../core/committee/checks.js';
import { nextFollowUpState, type FollowUpEvent } from '../../core/committee/follow-up.js';
import type { FollowUpRecord, FollowUpSubject } from '../../core/committee/follow-up-record.js';
import { replyDeadline } from '../../core/committee/reply-deadline.js';
import { followUpStates } from '../../core/committee/vocabulary.js';
import type { IsoDate } from '../../core/dates.js';
import { invalid, NetZeroError, staleVersion } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { bothOrNull } from '../city/document-fields.js';
import type { Tables } from '../tables.js';
import { shippedWorkingCalendar } from './calendar.js';
import type { CommitteeWriteOptions } from './import-committee.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';

/** The subject's columns in committee_assignments. */
function subjectColumns(subject: FollowUpSubject) {
  return subject.kind === 'point'
    ? {
        meeting_code: subject.meeting,
        subject_kind: 'point' as const,
        item: subject.item,
        comment: subject.comment,
        number: subject.point,
        sub_point: subject.subPoint ?? '',
      }
    : {
        meeting_code: subject.meeting,
        subject_kind: 'resolution' as const,
        item: null,
        comment: null,
        number: subject.resolution,
        sub_point: null,
      };
}

export function subjectKey(subject: FollowUpSubject): string {
  return subject.kind === 'point'
    ? `${subject.meeting}/${subject.item}.${subject.comment}.${subject.point}${subject.subPoint ?? ''}`
    : `${subject.meeting}/resolution ${subject.resolution}`;
}

/** Whether the meeting has the point (or sub-point) or resolution. */
export async function subjectExists(
  db: Kysely<Tables>,
  city: string,
  subject: FollowUpSubject,
): Promise<boolean> {
  const found =
    subject.kind === 'point'
      ? await selectCityRows(db, 'committee_points', city)
          .select('number')
          .where('meeting_code', '=', subject.meeting)
          .where('item', '=', subject.item)
          .where('comment', '=', subject.comment)
          .where('number', '=', subject.point)
          .where('sub_point', '=', subject.subPoint ?? '')
          .executeTakeFirst()
      : await selectCityRows(db, 'committee_resolutions', city)
          .select('number')
          .where('meeting_code', '=', subject.meeting)
          .where('number', '=', subject.resolution)
          .executeTakeFirst();
  return found !== undefined;
}

/** The assignment of `subject` to `agency`, as a condition on committee_assignments. */
function assignedTo(city: string, subject: FollowUpSubject, agency: string) {
  const columns = subjectColumns(subject);
  return (eb: ExpressionBuilder<Tables, 'committee_assignments'>) =>
    eb.and([
      eb('city_id', '=', city),
      eb('meeting_code', '=', columns.meeting_code),
      eb('subject_kind', '=', columns.subject_kind),
      eb('number', '=', columns.number),
      sql<boolean>`coalesce(item, 0) = ${columns.item ?? 0}`,
      sql<boolean>`coalesce(comment, 0) = ${columns.comment ?? 0}`,
      sql<boolean>`coalesce(sub_point, '') = ${columns.sub_point ?? ''}`,
      eb('agency_code', '=', agency),
    ]);
}

/** The meeting's dates and reply days, or NOT_FOUND at `path`. */
export async function meetingOf(db: Kysely<Tables>, city: string, code: string, path: string) {
  const meeting = await selectCityRows(db, 'committee_meetings', city)
    .select(['code', 'term', 'date', 'reply_days', 'minutes_sent_on', 'minutes_published_on'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!meeting)
    throw new NetZeroError('NOT_FOUND', `${path}: no meeting "${code}" in ${city}`, [
      { path, message: `no meeting "${code}"` },
    ]);
  return meeting;
}

/**
 * Assigns a point (or sub-point) or resolution to an agency of the city, due on `dueDate` when
 * given (kept when the minutes' sending day changes) or else as the meeting's minutes make it.
 * Refused: an unknown subject, an agency not of this city, a due date before the meeting, an
 * assignment that already exists (CONFLICT).
 */
export function assignPoint(
  db: Kysely<Tables>,
  city: string,
  assignment: { subject: FollowUpSubject; agency: string; dueDate?: IsoDate },
  actor: string,
): Promise<FollowUpRecord> {
  return db.transaction().execute((trx) => assignIn(trx, city, assignment, actor));
}

/**
 * Assigns a point or resolution to several agencies at once, as assignPoint does for one: all of
 * them or, when one is refused, none.
 */
export function assignToAgencies(
  db: Kysely<Tables>,
  city: string,
  assignment: { subject: FollowUpSubject; agencies: readonly string[]; dueDate?: IsoDate },
  actor: string,
): Promise<FollowUpRecord[]> {
  return db.transaction().execute(async (trx) => {
    const records: FollowUpRecord[] = [];
    for (const [i, agency] of assignment.agencies.entries()) {
      const one = { subject: assignment.subject, agency, dueDate: assignment.dueDate };
      records.push(await assignIn(trx, city, one, actor, `agencies[${i}]`));
    }
    return records;
  });
}

async function assignIn(
  trx: Transaction<Tables>,
  city: string,
  assignment: { subject: FollowUpSubject; agency: string; dueDate?: IsoDate | undefined },
  actor: string,
  agencyPath = 'agency',
): Promise<FollowUpRecord> {
  const { subject, agency } = assignment;
  const meeting = await meetingOf(trx, city, subject.meeting, 'subject.meeting');
  const columns = subjectColumns(subject);
  const found = await subjectExists(trx, city, subject);
  if (!found)
    throw new NetZeroError('NOT_FOUND', `subject: no ${subjectKey(subject)} in ${city}`, [
      { path: 'subject', message: 'not found' },
    ]);
  const ownAgency = await selectCityRows(trx, 'agencies', city)
    .select('code')
    .where('code', '=', agency)
    .executeTakeFirst();
  if (!ownAgency) throw invalid(agencyPath, `"${agency}" is not an agency of ${city}`);
  if (assignment.dueDate) checkDueDate(assignment.dueDate, meeting.date, 'dueDate');
  const due_date = assignment.dueDate ?? (await dueFromMinutes(meeting, {}));
  const existing = await trx
    .selectFrom('committee_assignments')
    .select('id')
    .where(assignedTo(city, subject, agency))
    .executeTakeFirst();
  if (existing)
    throw new NetZeroError('CONFLICT', `${subjectKey(subject)} is already assigned to ${agency}`, [
      { path: agencyPath, message: 'already assigned' },
    ]);
  await trx
    .insertInto('committee_assignments')
    .values({
      city_id: city,
      ...columns,
      agency_code: agency,
      due_date,
      due_date_fixed: assignment.dueDate !== undefined,
      reply_text: null,
      reply_date: null,
      note: null,
    })
    .execute();
  await appendAudit(trx, {
    city,
    actor,
    action: 'committee.assign',
    entity: 'committee_assignment',
    entityKey: `${subjectKey(subject)}@${agency}`,
    before: null,
    after: { agency, dueDate: due_date },
  });
  return { subject, agency, dueDate: due_date, reply: null, state: 'open', note: null };
}

async function dueFromMinutes(
  meeting: { date: IsoDate; reply_days: number; minutes_sent_on: IsoDate | null },
  options: CommitteeWriteOptions,
): Promise<IsoDate | null> {
  if (!meeting.minutes_sent_on) return null;
  const calendar = options.calendar ?? (await shippedWorkingCalendar());
  const path = 'minutesSentOn';
  const { due } = replyDeadline(meeting.minutes_sent_on, calendar, meeting.reply_days, path);
  checkDueDate(due, meeting.date, path);
  return due;
}

/**
 * Records the day the minutes were sent and, from it, the due date of every assignment of the
 * meeting not given one by hand: that day plus the meeting's reply days (`replyDays`, 7 unless the
 * meeting says otherwise; changed here when given) on the office calendar. Minutes cannot be sent
 * before the meeting.
 * @returns the due date.
 */
export async function setMinutesSent(
  db: Kysely<Tables>,
  city: string,
  meetingCode: string,
  sentOn: IsoDate,
  actor: string,
  options: CommitteeWriteOptions & { replyDays?: number } = {},
): Promise<IsoDate> {
  return db.transaction().execute(async (trx) => {
    const meeting = await meetingOf(trx, city, meetingCode, 'meeting');
    checkDueDate(sentOn, meeting.date, 'minutesSentOn');
    const reply_days = options.replyDays ?? meeting.reply_days;
    const due = await dueFromMinutes({ ...meeting, reply_days, minutes_sent_on: sentOn }, options);
    await updateCityRows(trx, 'committee_meetings', city)
      .set({ minutes_sent_on: sentOn, reply_days })
      .where('code', '=', meetingCode)
      .execute();
    await updateCityRows(trx, 'committee_assignments', city)
      .set({ due_date: due })
      .where('meeting_code', '=', meetingCode)
      .where('due_date_fixed', '=', false)
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'committee.minutes_sent',
      entity: 'committee_meeting',
      entityKey: meetingCode,
      before: { minutesSentOn: meeting.minutes_sent_on, replyDays: meeting.reply_days },
      after: { minutesSentOn: sentOn, replyDays: reply_days, dueDate: due },
    });
    return due ?? sentOn;
  });
}

/** Publishes a meeting's minutes on `on`; publishing them twice is a CONFLICT. */
export async function publishMinutes(
  db: Kysely<Tables>,
  city: string,
  meetingCode: string,
  on: IsoDate,
  actor: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const meeting = await meetingOf(trx, city, meetingCode, 'meeting');
    if (meeting.minutes_published_on) {
      throw new NetZeroError(
        'CONFLICT',
        `the minutes of ${meetingCode} were already published on ${meeting.minutes_published_on}`,
        [{ path: 'meeting', message: 'minutes already published' }],
      );
    }
    checkDueDate(on, meeting.date, 'publishedOn');
    await updateCityRows(trx, 'committee_meetings', city)
      .set({ minutes_published_on: on })
      .where('code', '=', meetingCode)
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'committee.minutes_publish',
      entity: 'committee_meeting',
      entityKey: meetingCode,
      before: null,
      after: { publishedOn: on },
    });
  });
}

/** An assignment by its subject and agency; with `version`, only as the caller read it. */
type Target = { subject: FollowUpSubject; agency: string; version?: number };

async function follow(
  db: Kysely<Tables>,
  city: string,
  target: Target,
  event: FollowUpEvent,
  body: string | null,
  on: IsoDate,
  actor: string,
): Promise<FollowUpRecord> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('committee_assignments')
      .selectAll()
      .where(assignedTo(city, target.subject, target.agency))
      .forUpdate()
      .executeTakeFirst();
    if (!row)
      throw new NetZeroError(
        'NOT_FOUND',
        `${subjectKey(target.subject)} is not assigned to ${target.agency}`,
        [{ path: 'subject', message: 'not assigned to this agency' }],
      );
    // Compared under the row lock: two clerks who read the same version cannot both write.
    if (target.version !== undefined && target.version !== row.version)
      throw staleVersion(
        `${subjectKey(target.subject)}@${target.agency} changed since it was read (version ${row.version}, not ${target.version}); reload and retry`,
        { state: row.state, version: row.version },
      );
    const state = nextFollowUpState(row.state, event);
    if (event === 'reply' && !body?.trim()) throw invalid('reply.text', 'a reply needs a text');
    const set =
      event === 'reply' ? { state, reply_text: body, reply_date: on } : { state, note: body };
    await trx
      .updateTable('committee_assignments')
      .set({ ...set, version: row.version + 1 })
      .where('city_id', '=', city)
      .where('id', '=', row.id)
      .execute();
    await trx
      .insertInto('committee_assignment_events')
      .values({ city_id: city, assignment_id: row.id, event, body, on_date: on, actor })
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: `committee.${event}`,
      entity: 'committee_assignment',
      entityKey: `${subjectKey(target.subject)}@${target.agency}`,
      before: { state: row.state },
      after: { state, text: body, on },
    });
    const next = { ...row, ...set };
    return {
      subject: target.subject,
      agency: row.agency_code,
      dueDate: row.due_date,
      reply: bothOrNull(next.reply_text, next.reply_date, (text, date) => ({ text, date })),
      state,
      note: next.note,
    };
  });
}

/** The agency's reply; a reply to a closed point is a CONFLICT (409). */
export function replyToAssignment(
  db: Kysely<Tables>,
  city: string,
  target: Target,
  reply: { text: string; date: IsoDate },
  actor: string,
): Promise<FollowUpRecord> {
  return follow(db, city, target, 'reply', reply.text, reply.date, actor);
}

/** The secretariat's ruling on a point, with its note: one event, the rest as every follow-up. */
function secretariatRuling(event: 'close' | 'keep_open') {
  return (
    db: Kysely<Tables>,
    city: string,
    target: Target,
    note: { text: string | null; date: IsoDate },
    actor: string,
  ): Promise<FollowUpRecord> => follow(db, city, target, event, note.text, note.date, actor);
}

/** The secretariat closes the point (解除列管), with its note. */
export const closeAssignment = secretariatRuling('close');

/** The secretariat keeps the point open (繼續列管) for another reply, with its note. */
export const keepOpen = secretariatRuling('keep_open');

export interface OverdueCount {
  agency: string;
  overdue: number;
  /** The earliest due date missed. */
  oldestDue: IsoDate;
}

/** Per agency, how many assignments await its reply past their due date on `asOf`. */
export async function listOverdue(
  db: Kysely<Tables>,
  city: string,
  asOf: IsoDate,
): Promise<OverdueCount[]> {
  const rows = await db
    .selectFrom('committee_assignments')
    .select((eb) => [
      'agency_code',
      eb.fn.countAll<string | number>().as('overdue'),
      eb.fn.min('due_date').as('oldest'),
    ])
    .where('city_id', '=', city)
    .where('state', 'in', ['open', 'kept_open'])
    .where('due_date', '<', asOf)
    .groupBy('agency_code')
    .orderBy('agency_code')
    .execute();
  return rows.map((r) => ({
    agency: r.agency_code,
    overdue: Number(r.overdue),
    oldestDue: r.oldest ?? asOf,
  }));
}

/** Assignments (as `a`) in the minutes' order of their subjects: points by number, then resolutions. */
export const minutesOrder = sql`a.subject_kind, a.item, a.comment, a.number, a.sub_point`;

/** The city's assignments (a) with their meetings (m), for the lists built on them. */
export function assignmentsOf(db: Kysely<Tables>, city: string) {
  return db
    .selectFrom('committee_assignments as a')
    .innerJoin('committee_meetings as m', (j) =>
      j.onRef('m.city_id', '=', 'a.city_id').onRef('m.code', '=', 'a.meeting_code'),
    )
    .where('a.city_id', '=', city);
}

/** …and with the agency (g) each is assigned to. */
export function assignmentsWithAgencies(db: Kysely<Tables>, city: string) {
  return assignmentsOf(db, city).innerJoin('agencies as g', (j) =>
    j.onRef('g.city_id', '=', 'a.city_id').onRef('g.code', '=', 'a.agency_code'),
  );
}

/** Which follow-up records to load: one meeting's, or all of the city's. */
export interface FollowUpFilter {
  meeting?: string;
  agency?: string;
}

/** The follow-up records (follow-up-record.ts) of the city, for the table and the reminders. */
export async function loadFollowUpRecords(
  db: Kysely<Tables>,
  city: string,
  filter: FollowUpFilter = {},
): Promise<FollowUpRecord[]> {
  let query = assignmentsOf(db, city).selectAll('a');
  if (filter.meeting) query = query.where('a.meeting_code', '=', filter.meeting);
  if (filter.agency) query = query.where('a.agency_code', '=', filter.agency);
  const rows = await query.orderBy('m.position').orderBy(minutesOrder).orderBy('a.id').execute();
  return rows.map(toFollowUpRecord);
}

/** The columns of committee_assignments a follow-up record is read from. */
export type AssignmentRow = Pick<
  Selectable<Tables['committee_assignments']>,
  | 'meeting_code'
  | 'subject_kind'
  | 'item'
  | 'comment'
  | 'number'
  | 'sub_point'
  | 'agency_code'
  | 'due_date'
  | 'reply_text'
  | 'reply_date'
  | 'state'
  | 'note'
>;

/** An assignment row as a follow-up record (core/committee/follow-up-record.ts). */
export function toFollowUpRecord(r: AssignmentRow): FollowUpRecord {
  return {
    subject: subjectOfRow(r),
    agency: r.agency_code,
    dueDate: r.due_date,
    reply: bothOrNull(r.reply_text, r.reply_date, (text, date) => ({ text, date })),
    state: followUpStates.includes(r.state) ? r.state : 'open',
    note: r.note,
  };
}

/** The subject of a committee_assignments row. */
export function subjectOfRow(
  row: Pick<
    Selectable<Tables['committee_assignments']>,
    'subject_kind' | 'meeting_code' | 'item' | 'comment' | 'number' | 'sub_point'
  >,
): FollowUpSubject {
  return row.subject_kind === 'point'
    ? {
        kind: 'point',
        meeting: row.meeting_code,
        item: row.item ?? 0,
        comment: row.comment ?? 0,
        point: row.number,
        subPoint: row.sub_point || null,
      }
    : { kind: 'resolution', meeting: row.meeting_code, resolution: row.number };
}
