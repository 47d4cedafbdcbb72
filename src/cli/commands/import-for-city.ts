import type { Kysely } from 'kysely';
import { resolveCity } from '../../db/emissions/resolve-city.js';
import type { Tables } from '../../db/tables.js';
import { readCityFile } from '../../datasets/read-city-file.js';
import { operand } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { cliActor } from './cli-actor.js';

/**
 * `netzero <module> import <file> [--city C]`, the same for every module with a document of its
 * own (committee, indicators…): reads the file (YAML or JSON) and has `record` store it for the
 * city (the only one when --city is left out), in the name of the user who ran the command.
 * @returns what `record` stored, for the command's summary line.
 */
export async function importForCity<T>(
  { values, positionals }: Flags<{ city: 'string' }>,
  io: CliIo,
  record: (db: Kysely<Tables>, city: string, input: unknown, actor: string) => Promise<T>,
): Promise<T> {
  const doc = await readCityFile(operand(positionals));
  return withDatabase(io, async (db) =>
    record(db, await resolveCity(db, values.city), doc, cliActor(io)),
  );
}
