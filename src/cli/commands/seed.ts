import { seedDataset } from '../../db/city/seed-dataset.js';
import { datasetNames } from '../../datasets/datasets.js';
import { parseFlags, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';

export async function seedCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseFlags(argv, {});
  const name = positionals[0];
  if (!name) throw usage(`usage: netzero seed <dataset>; available: ${datasetNames.join(', ')}`);
  const outcome = await withDatabase(io, (db) => seedDataset(db, name));
  io.out(outcome === 'created' ? `Seeded ${name}.` : `${name} is already seeded and unchanged.`);
  return 0;
}
