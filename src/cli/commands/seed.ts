import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { validateCityDocument } from '../../contracts/validate-city-document.js';
import { exportCity } from '../../db/city/export-city.js';
import { importCity } from '../../db/city/import-city.js';
import type { Tables } from '../../db/tables.js';
import { parseFlags, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { datasetPath } from '../paths.js';
import { readCityFile } from './city-files.js';

const datasets = ['kaohsiung'] as const;

export type SeedOutcome = 'created' | 'unchanged';

/**
 * Loads a reference dataset. Idempotent: a city already holding exactly the dataset is left
 * alone; a city whose data has since changed is refused rather than overwritten, because the
 * changes are someone's work (`netzero import --replace` overwrites on purpose).
 */
export async function seedDataset(db: Kysely<Tables>, name: string): Promise<SeedOutcome> {
  if (!(datasets as readonly string[]).includes(name))
    throw usage(`unknown dataset "${name}"; available: ${datasets.join(', ')}`);
  const doc = validateCityDocument(await readCityFile(datasetPath(name)));
  const exists = await db
    .selectFrom('cities')
    .select('id')
    .where('id', '=', doc.city.code)
    .executeTakeFirst();
  if (!exists) {
    await importCity(db, doc);
    return 'created';
  }
  if (isDeepStrictEqual(await exportCity(db, doc.city.code), doc)) return 'unchanged';
  throw new NetZeroError(
    'CONFLICT',
    `city "${doc.city.code}" exists and differs from the ${name} dataset; it was left as it is (use \`netzero import ${datasetPath(name)} --replace\` to overwrite it)`,
    [{ path: 'city', message: 'differs from the dataset' }],
  );
}

export async function seedCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseFlags(argv, {});
  const name = positionals[0];
  if (!name) throw usage(`usage: netzero seed <dataset>; available: ${datasets.join(', ')}`);
  const outcome = await withDatabase(io, (db) => seedDataset(db, name));
  io.out(outcome === 'created' ? `Seeded ${name}.` : `${name} is already seeded and unchanged.`);
  return 0;
}
