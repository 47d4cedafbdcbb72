import type { Kysely } from 'kysely';
import { selectCityRows } from '../city-scope.js';
import { seedOnce } from '../seed-once.js';
import type { Tables } from '../tables.js';
import { importIndicators } from './import-indicators.js';

async function hasIndicators(db: Kysely<Tables>, city: string): Promise<boolean> {
  const any = await selectCityRows(db, 'sdg_indicators', city).select('code').limit(1).execute();
  return any.length > 0;
}

/**
 * Records a shipped dataset's indicators for its city, once: a city that already has indicators
 * keeps them and their values.
 */
export const seedIndicators = seedOnce('indicators', hasIndicators, importIndicators);
