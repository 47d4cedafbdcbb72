import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { committeeDatasetPath, isDatasetName } from '../../datasets/datasets.js';
import { readCityFile } from '../../datasets/read-city-file.js';
import type { Tables } from '../tables.js';
import { hasCommittee } from './export-committee.js';
import { importCommittee } from './import-committee.js';

/**
 * Records a shipped dataset's committee (the seed meeting) for its city, once: a city that already
 * has a committee keeps it, replies and closures included, so a second `npm start` changes nothing.
 * @returns 'created', or 'unchanged' when the city already had a committee.
 */
export async function seedCommittee(
  db: Kysely<Tables>,
  name: string,
  city: string,
  actor: string,
): Promise<'created' | 'unchanged'> {
  if (!isDatasetName(name))
    throw new NetZeroError('NOT_FOUND', `no committee dataset "${name}"`, [
      { path: 'dataset', message: 'unknown' },
    ]);
  if (await hasCommittee(db, city)) return 'unchanged';
  await importCommittee(db, city, await readCityFile(committeeDatasetPath(name)), actor);
  return 'created';
}
