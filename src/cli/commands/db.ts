import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { subcommands } from '../subcommands.js';

export const dbCommand = subcommands('db', { migrate: dbMigrate });

async function dbMigrate(_argv: readonly string[], io: CliIo): Promise<number> {
  // withDatabase migrates to the latest version before running anything.
  await withDatabase(io, (_db, database) => {
    io.out(`Database is at the latest migration (${database.engine}).`);
    return Promise.resolve();
  });
  return 0;
}
