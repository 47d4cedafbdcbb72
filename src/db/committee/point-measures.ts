import type { Kysely } from 'kysely';
import type { PointReference } from '../../core/committee/follow-up-record.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { listLinkedPoints, pointKeyColumns, type LinkedPoint } from './linked-points.js';
import { checkMeasureExists, type MeasureKey } from '../measures/measure-exists.js';
import { addLink, alreadyLinked, notLinked, pointColumns, removeLink } from './point-links.js';

export type { MeasureKey };

/** A measure's columns in the link table. */
const measureColumns = (measure: MeasureKey) => ({
  plan_code: measure.plan,
  sector_code: measure.sector,
  measure_no: measure.no,
});

/** A member's point (or sub-point) linked to a measure it is about: shown on the measure's page. */
export const measureLinks = {
  /**
   * Links the point, audited. Refused: an unknown point (NOT_FOUND), a measure the city's plan
   * does not have (VALIDATION_FAILED at `no`), a link that already exists (CONFLICT).
   */
  link(
    db: Kysely<Tables>,
    city: string,
    point: PointReference,
    measure: MeasureKey,
    actor: string,
  ) {
    const audit = { action: 'committee.measure_link' as const, before: null, after: measure };
    return addLink(
      db,
      { city, point, actor, audit },
      (trx) =>
        trx
          .insertInto('committee_point_measures')
          .values({ ...pointColumns(city, point), ...measureColumns(measure) })
          .onConflict((oc) => oc.doNothing())
          .returning('number')
          .executeTakeFirst(),
      alreadyLinked('this measure', 'no'),
      (trx) => checkMeasureExists(trx, city, measure, 'no'),
    );
  },
  /** Removes the point's link, audited; a link that does not exist is NOT_FOUND. */
  unlink(
    db: Kysely<Tables>,
    city: string,
    point: PointReference,
    measure: MeasureKey,
    actor: string,
  ) {
    const audit = { action: 'committee.measure_unlink' as const, before: measure, after: null };
    return removeLink(
      db,
      { city, point, actor, audit },
      (trx) =>
        trx
          .deleteFrom('committee_point_measures')
          .where((eb) => eb.and({ ...pointColumns(city, point), ...measureColumns(measure) }))
          .executeTakeFirst(),
      () => notLinked(`measure ${measure.sector} ${measure.no} of ${measure.plan}`, 'no'),
    );
  },
  /** The points linked to the measure, by meeting date; only published meetings' when `published`. */
  list(
    db: Kysely<Tables>,
    city: string,
    measure: MeasureKey,
    published: boolean,
  ): Promise<LinkedPoint[]> {
    const links = selectCityRows(db, 'committee_point_measures', city)
      .select(pointKeyColumns)
      .where((eb) => eb.and(measureColumns(measure)));
    return listLinkedPoints(db, city, links, published);
  },
};
