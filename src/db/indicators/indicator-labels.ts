import type { Kysely } from 'kysely';
import type { IndicatorLabels } from '../../contracts/present-indicators.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';

/** The names of a city's agencies and committee groups, by code. */
export async function loadIndicatorLabels(
  db: Kysely<Tables>,
  city: string,
): Promise<IndicatorLabels> {
  const [agencies, groups] = await Promise.all([
    selectCityRows(db, 'agencies', city).select(['code', 'name', 'name_en']).execute(),
    selectCityRows(db, 'committee_groups', city).select(['code', 'name', 'name_en']).execute(),
  ]);
  const byCode = (rows: typeof agencies) =>
    new Map(rows.map((r) => [r.code, { name: r.name, nameEn: r.name_en }]));
  return { agencies: byCode(agencies), groups: byCode(groups) };
}
