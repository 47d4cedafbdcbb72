import { exportOpenData } from '../../reports/open-data/export-open-data.js';
import { requireFlag } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { withProgress } from '../progress.js';

/** `netzero opendata export --city C --out DIR`: CSV and JSON with data.gov.tw-style metadata. */
export async function opendataExport(
  { values }: Flags<{ city: 'string'; out: 'string' }>,
  io: CliIo,
): Promise<number> {
  const city = requireFlag(values.city, 'city');
  const written = await withProgress(io, 'opendata export', (progress) => {
    progress.step(`writing the open data of ${city}`);
    return withDatabase(io, (db) => exportOpenData(db, city, values.out ?? '.'));
  });
  for (const path of written) io.out(path);
  return 0;
}
