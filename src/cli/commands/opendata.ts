import { exportOpenData } from '../../reports/open-data/export-open-data.js';
import { parseFlags, requireFlag, stringFlags } from '../args.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { subcommands } from '../subcommands.js';

/** `netzero opendata export --city C --out DIR`: CSV and JSON with data.gov.tw-style metadata. */
export const opendataCommand = subcommands('opendata', { export: opendataExport });

async function opendataExport(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, stringFlags('city', 'out'));
  const city = requireFlag(values.city, 'city');
  const written = await withDatabase(io, (db) => exportOpenData(db, city, values.out ?? '.'));
  for (const path of written) io.out(path);
  return 0;
}
