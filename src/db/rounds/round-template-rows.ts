import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { resolveAgency } from '../city/agencies.js';
import {
  measureResultsQuery,
  planMeasuresInOrderQuery,
  resultFigureColumns,
} from '../measures/measure-rows.js';
import type { Tables } from '../tables.js';
import { requireRoundRow } from './find-round.js';
import { selectCityRows } from '../city-scope.js';

/**
 * What an agency's template for a reporting round is made of: the round, the agency (named by
 * code or name), its measures in plan order, their quantified indicators, and the published
 * figures before the round in period order, and each measure's submission version. Observation indicators take no figure: the agency
 * describes them in the qualitative results. Refuses an agency with no measures in the plan.
 */
export async function loadRoundTemplateRows(
  db: Kysely<Tables>,
  city: string,
  roundId: number,
  agencyCodeOrName: string,
) {
  const round = await requireRoundRow(db, city, roundId);
  const agency = await resolveAgency(db, city, agencyCodeOrName);
  const measures = await planMeasuresInOrderQuery(db, city, round.plan_code)
    .select([
      'measures.id',
      'measures.sector_code',
      'measures.no',
      'measures.name',
      'plan_sectors.name as sector_name',
    ])
    .where('measures.agency_code', '=', agency.code)
    .execute();
  if (measures.length === 0)
    throw new NetZeroError(
      'NOT_FOUND',
      `agency: ${agency.name} (${agency.code}) has no measures in plan "${round.plan_code}"`,
      [{ path: 'agency', message: 'no measures in the round' }],
    );
  const ids = measures.map((m) => m.id);
  const [indicators, results, submissions] = await Promise.all([
    selectCityRows(db, 'indicators', city)
      .select(['id', 'measure_id', 'key', 'label', 'unit', 'target_kind'])
      .where('measure_id', 'in', ids)
      .where('target_kind', '!=', 'observation')
      .orderBy('position')
      .execute(),
    measureResultsQuery(db, city, ids)
      .select([...resultFigureColumns])
      .where('results.period_end', '<', round.period_start)
      .execute(),
    // The versions the template is made from: an upload refuses to overwrite a newer edit.
    selectCityRows(db, 'submissions', city)
      .select(['measure_id', 'version'])
      .where('round_id', '=', round.id)
      .where('measure_id', 'in', ids)
      .execute(),
  ]);
  return { round, agency, measures, indicators, results, submissions };
}
