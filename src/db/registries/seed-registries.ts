import type { Kysely } from 'kysely';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { validateRegistryDocument } from '../../contracts/registry-document.js';
import { readCityFile } from '../../datasets/read-city-file.js';
import type { Tables } from '../tables.js';
import { defineRegistryKind, type DefineOutcome } from './kinds.js';
import { importRegistryCases, type ImportOutcome } from './import-cases.js';
import { inTransaction } from './in-transaction.js';

export interface LoadedRegistry {
  kind: string;
  definition: DefineOutcome;
  cases: ImportOutcome;
}

/**
 * Defines a registry from a file (its definition and cases) and imports its cases: the way a
 * new kind arrives with no code. Running it again with the same file changes nothing.
 */
export async function loadRegistryFile(
  db: Kysely<Tables>,
  city: string,
  path: string,
  actor: string,
): Promise<LoadedRegistry> {
  const doc = validateRegistryDocument(await readCityFile(path));
  // One transaction: a kind whose cases are refused is not left defined without them.
  return inTransaction(db, city, async (trx) => {
    const definition = await defineRegistryKind(trx, city, doc.definition, actor);
    const cases = await importRegistryCases(trx, city, doc.definition.code, doc.cases, actor, {
      name: path.slice(path.lastIndexOf('/') + 1),
    });
    return { kind: doc.definition.code, definition, cases };
  });
}

/** Every registry file of a folder (data/<city>-registries/), in name order. */
export async function loadRegistryFolder(
  db: Kysely<Tables>,
  city: string,
  folder: string,
  actor: string,
): Promise<LoadedRegistry[]> {
  const names = (await readdir(folder)).filter((n) => /\.ya?ml$|\.json$/i.test(n)).sort();
  // The whole folder or nothing: the demo loads it only while the city has no registry.
  return inTransaction(db, city, async (trx) => {
    const loaded: LoadedRegistry[] = [];
    for (const name of names)
      loaded.push(await loadRegistryFile(trx, city, join(folder, name), actor));
    return loaded;
  });
}
