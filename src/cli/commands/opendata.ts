import { exportOpenData } from '../../reports/open-data/export-open-data.js';
import { parseFlags, requireFlag, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';

/** `netzero opendata export --city C --out DIR`: CSV and JSON with data.gov.tw-style metadata. */
export async function opendataCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'export')
    throw usage(`unknown command "opendata ${sub ?? ''}"; try "opendata export"`);
  const { values } = parseFlags(rest, { city: { type: 'string' }, out: { type: 'string' } });
  const city = requireFlag(values.city, 'city');
  const written = await withDatabase(io, (db) => exportOpenData(db, city, values.out ?? '.'));
  for (const path of written) io.out(path);
  return 0;
}
