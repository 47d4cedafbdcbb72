import { writeFile } from 'node:fs/promises';
import { exportCity } from '../../db/city/export-city.js';
import { importCity } from '../../db/city/import-city.js';
import { readCityFile } from '../../datasets/read-city-file.js';
import { operand, requireFlag } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { withProgress } from '../progress.js';
import { cliActor } from './cli-actor.js';

export async function importCommand(
  { values, positionals }: Flags<{ replace: 'boolean' }>,
  io: CliIo,
): Promise<number> {
  const file = operand(positionals);
  const stored = await withProgress(io, 'import', async (progress) => {
    progress.step(`reading ${file}`);
    const doc = await readCityFile(file);
    progress.step('checking every record and writing the city');
    return withDatabase(io, (db) =>
      importCity(db, doc, { replace: values.replace ?? false, actor: cliActor(io) }),
    );
  });
  const measures = stored.plans.reduce((n, p) => n + p.measures.length, 0);
  const committee = stored.committee
    ? `, a committee with ${stored.committee.meetings.length} meeting(s)`
    : '';
  io.out(
    `Imported ${stored.city.code}: ${stored.plans.length} plan(s), ${measures} measures${committee}.`,
  );
  return 0;
}

export async function exportCommand(
  { values }: Flags<{ city: 'string'; out: 'string' }>,
  io: CliIo,
): Promise<number> {
  const city = requireFlag(values.city, 'city');
  const doc = await withDatabase(io, (db) => exportCity(db, city));
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (values.out) {
    await writeFile(values.out, json, 'utf8');
    io.out(`Exported ${city} to ${values.out}.`);
  } else io.out(json);
  return 0;
}
