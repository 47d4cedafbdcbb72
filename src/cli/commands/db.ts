import { usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';

export async function dbCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] !== 'migrate') throw usage(`unknown command "db ${argv[0] ?? ''}"; try "db migrate"`);
  // withDatabase migrates to the latest version before running anything.
  await withDatabase(io, (_db, database) => {
    io.out(`Database is at the latest migration (${database.engine}).`);
    return Promise.resolve();
  });
  return 0;
}
