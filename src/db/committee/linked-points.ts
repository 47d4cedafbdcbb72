import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PointReference } from '../../core/committee/follow-up-record.js';
import type { IsoDate } from '../../core/dates.js';
import { onSameCity } from '../city-scope.js';
import type { Tables } from '../tables.js';

/** A point shown where it is linked (a measure's, an indicator's or a sector's page). */
export interface LinkedPoint {
  meeting: string;
  meetingTitle: string;
  date: IsoDate;
  subject: PointReference;
  member: string;
  text: string;
}

/** The columns that name a point in every link table. */
interface PointKey {
  meeting_code: string;
  item: number;
  comment: number;
  number: number;
  sub_point: string;
}

/** The point columns a link table's rows select: what `listLinkedPoints` takes. */
export const pointKeyColumns = ['meeting_code', 'item', 'comment', 'number', 'sub_point'] as const;

/**
 * The points `links` names (a link table's rows of one city, selecting `pointKeyColumns`), by
 * meeting date then as the minutes number them; only published meetings' when `published`, so a
 * public page never shows a point of minutes not yet published.
 */
export async function listLinkedPoints<TB extends keyof Tables>(
  db: Kysely<Tables>,
  city: string,
  links: SelectQueryBuilder<Tables, TB, PointKey>,
  published: boolean,
): Promise<LinkedPoint[]> {
  let query = db
    .selectFrom('committee_points as p')
    .innerJoin('committee_meetings as m', (j) => onSameCity(j, ['m.code', 'p.meeting_code']))
    .innerJoin('committee_comments as c', (j) =>
      onSameCity(
        j,
        ['c.meeting_code', 'p.meeting_code'],
        ['c.item', 'p.item'],
        ['c.number', 'p.comment'],
      ),
    )
    .innerJoin('committee_members as u', (j) => onSameCity(j, ['u.id', 'c.member_id']))
    .select([
      'p.meeting_code',
      'p.item',
      'p.comment',
      'p.number',
      'p.sub_point',
      'm.title',
      'm.date',
      'u.name',
      'p.text',
    ])
    .where('p.city_id', '=', city)
    .where((eb) =>
      eb(
        eb.refTuple('p.meeting_code', 'p.item', 'p.comment', 'p.number', 'p.sub_point'),
        'in',
        links.$asTuple('meeting_code', 'item', 'comment', 'number', 'sub_point'),
      ),
    );
  if (published) query = query.where('m.minutes_published_on', 'is not', null);
  const rows = await query
    .orderBy('m.date')
    .orderBy('m.position')
    .orderBy('p.item')
    .orderBy('p.comment')
    .orderBy('p.number')
    .orderBy('p.sub_point')
    .execute();
  return rows.map((r) => ({
    meeting: r.meeting_code,
    meetingTitle: r.title,
    date: r.date,
    subject: {
      kind: 'point',
      meeting: r.meeting_code,
      item: r.item,
      comment: r.comment,
      point: r.number,
      subPoint: r.sub_point || null,
    },
    member: r.name,
    text: r.text,
  }));
}
