import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { isDatasetName } from '../../datasets/datasets.js';
import { indicatorsDatasetPath } from '../../datasets/indicators-dataset.js';
import { readCityFile } from '../../datasets/read-city-file.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { importIndicators } from './import-indicators.js';

/**
 * Records a shipped dataset's indicators for its city, once: a city that already has indicators
 * keeps them (and their values), so a second `npm start` changes nothing.
 * @returns 'created', or 'unchanged' when the city already had indicators.
 */
export async function seedIndicators(
  db: Kysely<Tables>,
  name: string,
  city: string,
  actor: string,
): Promise<'created' | 'unchanged'> {
  if (!isDatasetName(name))
    throw new NetZeroError('NOT_FOUND', `no indicators dataset "${name}"`, [
      { path: 'dataset', message: 'unknown' },
    ]);
  const any = await selectCityRows(db, 'sdg_indicators', city).select('code').limit(1).execute();
  if (any.length > 0) return 'unchanged';
  await importIndicators(db, city, await readCityFile(indicatorsDatasetPath(name)), actor);
  return 'created';
}
