import type { Kysely } from 'kysely';
import type { Period } from '../../core/dates.js';
import { NetZeroError } from '../../core/errors.js';
import type { RegistryDefinition } from '../../core/registries/definition.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';

/**
 * The period a kind's cases must fall in: the plan its indicator belongs to, or — for a kind
 * that feeds nothing — from the first of the city's plans to the end of the last.
 */
export async function planPeriodOf(
  db: Kysely<Tables>,
  city: string,
  definition: RegistryDefinition,
): Promise<Period> {
  let query = selectCityRows(db, 'plans', city).select((eb) => [
    eb.fn.min('start_date').as('start'),
    eb.fn.max('end_date').as('end'),
  ]);
  if (definition.feeds) query = query.where('code', '=', definition.feeds.plan);
  const row = await query.executeTakeFirst();
  if (!row?.start || !row.end)
    throw new NetZeroError(
      'NOT_FOUND',
      `registry "${definition.code}": ${city} has no plan${definition.feeds ? ` "${definition.feeds.plan}"` : ''} to place cases in`,
      [{ path: 'feeds.plan', message: 'no such plan' }],
    );
  return { start: row.start, end: row.end };
}
