import type { Kysely } from 'kysely';
import { notFound } from '../../core/errors.js';
import type { IndicatorCityContext } from '../../contracts/validate-indicators-document.js';
import { measureKey } from '../../contracts/validate-committee-follow-up.js';
import { loadSdgReference } from '../../datasets/sdg-reference.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';

/** What an indicator's references resolve against: the city's lists and the SDG reference. */
export async function loadIndicatorContext(
  db: Kysely<Tables>,
  city: string,
): Promise<IndicatorCityContext> {
  const exists = await db
    .selectFrom('cities')
    .select('id')
    .where('id', '=', city)
    .executeTakeFirst();
  if (!exists) throw notFound(`city "${city}"`);
  const [agencies, sources, groups, measures, sdg] = await Promise.all([
    selectCityRows(db, 'agencies', city).select('code').execute(),
    selectCityRows(db, 'sources', city).select('code').execute(),
    selectCityRows(db, 'committee_groups', city).select('code').execute(),
    selectCityRows(db, 'measures', city)
      .select(['plan_code as plan', 'sector_code as sector', 'no'])
      .execute(),
    loadSdgReference(),
  ]);
  return {
    city,
    agencies: new Set(agencies.map((a) => a.code)),
    sources: new Set(sources.map((s) => s.code)),
    groups: new Set(groups.map((g) => g.code)),
    measures: new Set(measures.map(measureKey)),
    sdg,
  };
}
