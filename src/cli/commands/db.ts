import { withDatabase } from '../database.js';
import type { Operands } from '../declare.js';
import type { CliIo } from '../io.js';

export async function dbMigrate(_input: Operands, io: CliIo): Promise<number> {
  // withDatabase migrates to the latest version before running anything.
  await withDatabase(io, (_db, database) => {
    io.out(`Database is at the latest migration (${database.engine}).`);
    return Promise.resolve();
  });
  return 0;
}
