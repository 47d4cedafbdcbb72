import type { Kysely } from 'kysely';
import type { PointReference } from '../../core/committee/follow-up-record.js';
import type { IsoDate } from '../../core/dates.js';
import { onSameCity } from '../city-scope.js';
import { checkMeasureExists, type MeasureKey } from '../measures/measure-exists.js';
import type { Tables } from '../tables.js';
import { linker, measureLinks } from './point-links.js';

/**
 * Links a member's point (or sub-point) to a measure it is about, so it shows on the measure's
 * page. Refused: an unknown point or measure (NOT_FOUND / VALIDATION_FAILED naming the field), a
 * link that already exists (CONFLICT).
 */
export const linkPointToMeasure = linker(measureLinks, (trx, city, measure) =>
  checkMeasureExists(trx, city, measure, 'no'),
);

export interface MeasurePoint {
  meeting: string;
  meetingTitle: string;
  date: IsoDate;
  subject: PointReference;
  member: string;
  text: string;
}

/** The points linked to a measure, by meeting date; only published meetings' when `published`. */
export async function listMeasurePoints(
  db: Kysely<Tables>,
  city: string,
  measure: MeasureKey,
  published: boolean,
): Promise<MeasurePoint[]> {
  let query = db
    .selectFrom('committee_point_measures as l')
    .innerJoin('committee_points as p', (j) =>
      onSameCity(
        j,
        ['p.meeting_code', 'l.meeting_code'],
        ['p.item', 'l.item'],
        ['p.comment', 'l.comment'],
        ['p.number', 'l.number'],
        ['p.sub_point', 'l.sub_point'],
      ),
    )
    .innerJoin('committee_meetings as m', (j) => onSameCity(j, ['m.code', 'l.meeting_code']))
    .innerJoin('committee_comments as c', (j) =>
      onSameCity(
        j,
        ['c.meeting_code', 'l.meeting_code'],
        ['c.item', 'l.item'],
        ['c.number', 'l.comment'],
      ),
    )
    .innerJoin('committee_members as u', (j) => onSameCity(j, ['u.id', 'c.member_id']))
    .select([
      'l.meeting_code',
      'l.item',
      'l.comment',
      'l.number',
      'l.sub_point',
      'm.title',
      'm.date',
      'u.name',
      'p.text',
    ])
    .where('l.city_id', '=', city)
    .where('l.plan_code', '=', measure.plan)
    .where('l.sector_code', '=', measure.sector)
    .where('l.measure_no', '=', measure.no);
  if (published) query = query.where('m.minutes_published_on', 'is not', null);
  const rows = await query
    .orderBy('m.date')
    .orderBy('m.position')
    .orderBy('l.item')
    .orderBy('l.comment')
    .orderBy('l.number')
    .orderBy('l.sub_point')
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
