import type { Kysely } from 'kysely';
import { isDeepStrictEqual } from 'node:util';
import { NetZeroError, notFound } from '../../core/errors.js';
import {
  validateRegistryDefinition,
  type RegistryDefinition,
} from '../../core/registries/definition.js';
import { appendAudit } from '../audit/append-audit.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';
import { resolveAgency } from '../city/agencies.js';
import type { Tables } from '../tables.js';
import { inTransaction } from './in-transaction.js';
import { nextInList } from '../city/rows.js';

export type DefineOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Stores a registry kind's definition for a city, checked first (validateRegistryDefinition, its
 * agency one of the city's). The same definition again changes nothing; a changed one must
 * raise its version, so every case keeps naming the fields it was entered under. Inside a
 * transaction (a city import) it joins it.
 */
export async function defineRegistryKind(
  db: Kysely<Tables>,
  city: string,
  definition: RegistryDefinition,
  actor: string,
): Promise<DefineOutcome> {
  validateRegistryDefinition(definition);
  return inTransaction(db, city, async (trx) => {
    await resolveAgency(trx, city, definition.agency);
    const stored = await kindNamed(trx, city, definition.code);
    if (stored && isDeepStrictEqual(stored, definition)) return 'unchanged';
    if (stored && definition.version <= stored.version)
      throw new NetZeroError(
        'CONFLICT',
        `registry kind "${definition.code}" is at version ${stored.version} with another definition; a changed definition needs a higher version`,
        [{ path: 'version', message: `must be above ${stored.version}` }],
      );
    const row = {
      version: definition.version,
      agency_code: definition.agency,
      definition: JSON.stringify(definition),
    };
    if (stored)
      await updateCityRows(trx, 'registry_kinds', city)
        .set(row)
        .where('code', '=', definition.code)
        .execute();
    else {
      const kinds = selectCityRows(trx, 'registry_kinds', city);
      const position = await nextInList(kinds, 'position', 1);
      await trx
        .insertInto('registry_kinds')
        .values({ city_id: city, code: definition.code, position, ...row })
        .execute();
    }
    await appendAudit(trx, {
      city,
      actor,
      action: 'registry.define',
      entity: 'registry_kind',
      entityKey: definition.code,
      before: stored ?? null,
      after: definition,
    });
    return stored ? 'updated' : 'created';
  });
}

/** A city's registry kind, if it has it. */
const kindNamed = (db: Kysely<Tables>, city: string, code: string) =>
  selectCityRows(db, 'registry_kinds', city)
    .select('definition')
    .where('code', '=', code)
    .executeTakeFirst()
    .then((row) => row?.definition);

/** A city's registry kind; refuses an unknown one. */
export async function getRegistryKind(
  db: Kysely<Tables>,
  city: string,
  code: string,
): Promise<RegistryDefinition> {
  const kind = await kindNamed(db, city, code);
  if (!kind) throw notFound(`registry "${code}" of ${city}`);
  return kind;
}

/** A city's registry kinds in the order they were defined. */
export async function listRegistryKinds(
  db: Kysely<Tables>,
  city: string,
): Promise<RegistryDefinition[]> {
  const rows = await selectCityRows(db, 'registry_kinds', city)
    .select('definition')
    .orderBy('position')
    .execute();
  return rows.map((r) => r.definition);
}
