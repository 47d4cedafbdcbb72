import { seedDataset } from '../../db/city/seed-dataset.js';
import { operand } from '../args.js';
import { withDatabase } from '../database.js';
import type { Operands } from '../declare.js';
import type { CliIo } from '../io.js';

export async function seedCommand({ positionals }: Operands, io: CliIo): Promise<number> {
  const name = operand(positionals);
  const outcome = await withDatabase(io, (db) => seedDataset(db, name));
  io.out(outcome === 'created' ? `Seeded ${name}.` : `${name} is already seeded and unchanged.`);
  return 0;
}
