import type { Kysely } from 'kysely';
import { NetZeroError } from '../core/errors.js';
import { datasetPartPath, isDatasetName } from '../datasets/datasets.js';
import { readCityFile } from '../datasets/read-city-file.js';
import type { Tables } from './tables.js';

type Seed = (
  db: Kysely<Tables>,
  name: string,
  city: string,
  actor: string,
) => Promise<'created' | 'unchanged'>;

/**
 * The seed of a module's part of the shipped datasets (data/<name>-<part>.yaml): it records the
 * part for its city once; a city that already has it (`recorded`) keeps it and what was added
 * since, so a second `npm start` changes nothing. The seed returns 'created', or 'unchanged'.
 */
export function seedOnce(
  part: string,
  recorded: (db: Kysely<Tables>, city: string) => Promise<boolean>,
  record: (db: Kysely<Tables>, city: string, input: unknown, actor: string) => Promise<unknown>,
): Seed {
  return async (db, name, city, actor) => {
    if (!isDatasetName(name))
      throw new NetZeroError('NOT_FOUND', `no ${part} dataset "${name}"`, [
        { path: 'dataset', message: 'unknown' },
      ]);
    if (await recorded(db, city)) return 'unchanged';
    await record(db, city, await readCityFile(datasetPartPath(name, part)), actor);
    return 'created';
  };
}
