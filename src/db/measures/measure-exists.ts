import type { Kysely } from 'kysely';
import { invalid } from '../../core/errors.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';

/** A measure named as people name it: plan, sector and number (製造 4 of phase2). */
export interface MeasureKey {
  plan: string;
  sector: string;
  no: number;
}

/** Refuses, at `path`, a measure the city's plan does not have. */
export async function checkMeasureExists(
  db: Kysely<Tables>,
  city: string,
  measure: MeasureKey,
  path: string,
): Promise<void> {
  const found = await selectCityRows(db, 'measures', city)
    .select('id')
    .where('plan_code', '=', measure.plan)
    .where('sector_code', '=', measure.sector)
    .where('no', '=', measure.no)
    .executeTakeFirst();
  if (!found)
    throw invalid(
      path,
      `plan "${measure.plan}" of ${city} has no measure ${measure.sector} ${measure.no}`,
    );
}
