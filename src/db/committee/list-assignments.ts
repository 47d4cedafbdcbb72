import { sql, type Kysely } from 'kysely';
import { awaitsReply } from '../../core/committee/follow-up.js';
import { followUpReference } from '../../core/committee/follow-up-path.js';
import type { FollowUpSubject } from '../../core/committee/follow-up-record.js';
import type { FollowUpState } from '../../core/committee/vocabulary.js';
import { compareDates, type IsoDate } from '../../core/dates.js';
import type { Tables } from '../tables.js';
import { onSameCity } from '../city-scope.js';
import { assignmentsWithSubjects } from './assignment-subjects.js';
import { toFollowUpRecord } from './follow-up.js';

/** One agency's assignment of a point or resolution, with its words and where it stands. */
export interface AssignmentView {
  id: number;
  meeting: string;
  subject: FollowUpSubject;
  reference: string;
  member: string | null;
  text: string;
  agency: string;
  agencyName: string;
  dueDate: IsoDate | null;
  state: FollowUpState;
  overdue: boolean;
  reply: { text: string; date: IsoDate } | null;
  note: string | null;
  version: number;
}

export interface AssignmentFilter {
  id?: number;
  meeting?: string;
  agencies?: readonly string[];
  state?: FollowUpState;
  /** Only meetings whose minutes are published (what the public may read). */
  published?: boolean;
  /** Only awaiting a reply past the due date on `asOf`. */
  overdueOnly?: boolean;
}

/**
 * The city's assignments with the words they are about, in the minutes' order (meeting, item,
 * speaker, point, then resolutions), each judged overdue or not on `asOf`.
 */
export async function listAssignments(
  db: Kysely<Tables>,
  city: string,
  asOf: IsoDate,
  filter: AssignmentFilter = {},
): Promise<AssignmentView[]> {
  let query = assignmentsWithSubjects(db, city)
    .innerJoin('agencies as g', (j) => onSameCity(j, ['g.code', 'a.agency_code']))
    .selectAll('a')
    .select([
      'g.name as agency_name',
      'u.name as member',
      sql<string>`coalesce(p.text, r.text, '')`.as('text'),
    ]);
  if (filter.id !== undefined) query = query.where('a.id', '=', filter.id);
  if (filter.meeting !== undefined) query = query.where('a.meeting_code', '=', filter.meeting);
  if (filter.agencies) {
    if (filter.agencies.length === 0) return [];
    query = query.where('a.agency_code', 'in', filter.agencies);
  }
  if (filter.state) query = query.where('a.state', '=', filter.state);
  if (filter.published) query = query.where('m.minutes_published_on', 'is not', null);
  if (filter.overdueOnly)
    query = query.where('a.state', 'in', ['open', 'kept_open']).where('a.due_date', '<', asOf);
  const rows = await query
    .orderBy('m.position')
    .orderBy('a.subject_kind')
    .orderBy('a.item')
    .orderBy('a.comment')
    .orderBy('a.number')
    .orderBy('a.sub_point')
    .orderBy('g.position')
    .execute();
  return rows.map((r) => {
    const { subject, agency, dueDate, state, reply, note } = toFollowUpRecord(r);
    return {
      id: r.id,
      meeting: r.meeting_code,
      subject,
      reference: followUpReference(subject),
      member: r.member,
      text: r.text,
      agency,
      agencyName: r.agency_name,
      dueDate,
      state,
      overdue: awaitsReply(state) && dueDate !== null && compareDates(dueDate, asOf) < 0,
      reply,
      note,
      version: r.version,
    };
  });
}
