import type { Kysely } from 'kysely';
import { isDeepStrictEqual } from 'node:util';
import { NetZeroError } from '../../core/errors.js';
import { datasetPath, isDatasetName, loadDataset } from '../../datasets/datasets.js';
import type { Tables } from '../tables.js';
import { exportCity } from './export-city.js';
import { importCity } from './import-city.js';

export type SeedOutcome = 'created' | 'unchanged';

/**
 * Loads a reference dataset. Idempotent: a city already holding exactly the dataset is left
 * alone; a city whose data has since changed is refused rather than overwritten, because the
 * changes are someone's work (`netzero import --replace` overwrites on purpose).
 */
export async function seedDataset(db: Kysely<Tables>, name: string): Promise<SeedOutcome> {
  const doc = await loadDataset(name);
  const exists = await db
    .selectFrom('cities')
    .select('id')
    .where('id', '=', doc.city.code)
    .executeTakeFirst();
  if (!exists) {
    await importCity(db, doc);
    return 'created';
  }
  // Registries and indicators ship beside the dataset (data/<name>-registries/,
  // data/<name>-indicators.yaml), not in it.
  const {
    registries: _registries,
    indicators: _indicators,
    ...stored
  } = await exportCity(db, doc.city.code);
  if (isDeepStrictEqual(stored, doc)) return 'unchanged';
  const file = isDatasetName(name) ? datasetPath(name) : name;
  throw new NetZeroError(
    'CONFLICT',
    `city "${doc.city.code}" exists and differs from the ${name} dataset; it was left as it is (use \`netzero import ${file} --replace\` to overwrite it)`,
    [{ path: 'city', message: 'differs from the dataset' }],
  );
}
