import type { Kysely } from 'kysely';
import type { PointReference } from '../../core/committee/follow-up-record.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { listLinkedPoints, pointKeyColumns, type LinkedPoint } from './linked-points.js';
import { checkMeasureExists, type MeasureKey } from '../measures/measure-exists.js';
import { addLink, alreadyLinked, pointColumns } from './point-links.js';

export type { MeasureKey };

/**
 * Links a member's point (or sub-point) to a measure it is about, so it shows on the measure's
 * page. Refused: an unknown point or measure (NOT_FOUND / VALIDATION_FAILED naming the field), a
 * link that already exists (CONFLICT).
 */
export function linkPointToMeasure(
  db: Kysely<Tables>,
  city: string,
  point: PointReference,
  measure: MeasureKey,
  actor: string,
): Promise<void> {
  const audit = { action: 'committee.measure_link' as const, before: null, after: measure };
  return addLink(
    db,
    { city, point, actor, audit },
    (trx) =>
      trx
        .insertInto('committee_point_measures')
        .values({
          ...pointColumns(city, point),
          plan_code: measure.plan,
          sector_code: measure.sector,
          measure_no: measure.no,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('number')
        .executeTakeFirst(),
    alreadyLinked('this measure', 'no'),
    (trx) => checkMeasureExists(trx, city, measure, 'no'),
  );
}

/** The points linked to a measure, by meeting date; only published meetings' when `published`. */
export function listMeasurePoints(
  db: Kysely<Tables>,
  city: string,
  measure: MeasureKey,
  published: boolean,
): Promise<LinkedPoint[]> {
  const links = selectCityRows(db, 'committee_point_measures', city)
    .select(pointKeyColumns)
    .where('plan_code', '=', measure.plan)
    .where('sector_code', '=', measure.sector)
    .where('measure_no', '=', measure.no);
  return listLinkedPoints(db, city, links, published);
}
