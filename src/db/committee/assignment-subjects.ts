import type { Kysely } from 'kysely';
import { onSameCity } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { assignmentsOf } from './follow-up.js';

/**
 * The city's assignments (a) with their meetings (m) and the words each is about: the point (p)
 * or the resolution (r), and for a point its agenda item (i), the comment (c) it was made in and
 * the member (u) who made it. Left joins: a resolution has no point, item, comment or member.
 * The lists, the reminders and the follow-up table all read the same record this way.
 */
export function assignmentsWithSubjects(db: Kysely<Tables>, city: string) {
  return assignmentsOf(db, city)
    .leftJoin('committee_points as p', (j) =>
      onSameCity(
        j,
        ['p.meeting_code', 'a.meeting_code'],
        ['p.item', 'a.item'],
        ['p.comment', 'a.comment'],
        ['p.number', 'a.number'],
        ['p.sub_point', 'a.sub_point'],
      ),
    )
    .leftJoin('committee_resolutions as r', (j) =>
      onSameCity(j, ['r.meeting_code', 'a.meeting_code'], ['r.number', 'a.number']).on(
        'a.subject_kind',
        '=',
        'resolution',
      ),
    )
    .leftJoin('committee_agenda_items as i', (j) =>
      onSameCity(j, ['i.meeting_code', 'a.meeting_code'], ['i.number', 'a.item']),
    )
    .leftJoin('committee_comments as c', (j) =>
      onSameCity(
        j,
        ['c.meeting_code', 'a.meeting_code'],
        ['c.item', 'a.item'],
        ['c.number', 'a.comment'],
      ),
    )
    .leftJoin('committee_members as u', (j) => onSameCity(j, ['u.id', 'c.member_id']));
}
