import { randomBytes } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Database } from '../connect.js';
import { pgliteExtensions } from '../pglite-extensions.js';
import { databaseUrl, dropDatabase, quoteIdentifier, runAdmin } from './postgres-admin.js';
import { databaseEngines } from '../../core/vocabulary/lists.js';

export type Engine = Database['engine'];

const ENGINES: readonly Engine[] = databaseEngines;

/**
 * Defines the same tests once per engine, `${name} [pglite]` and `${name} [postgres]`, each on
 * a fresh migrated database of its own that is dropped afterwards.
 *
 * @example
 *   describeEachDatabase('listPlans', (getDb) => {
 *     it('lists nothing in an empty database', async () => {
 *       expect(await listPlans(getDb().db)).toEqual([]);
 *     });
 *   });
 */
export function describeEachDatabase(name: string, fn: (getDb: () => Database) => void): void {
  for (const engine of ENGINES) {
    describe(`${name} [${engine}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await openTestDatabase(engine);
      });
      afterAll(async () => {
        await database?.close();
        database = undefined;
      });
      fn(() => {
        if (!database)
          throw new Error('getDb() is for tests and hooks: the database opens in beforeAll');
        return database;
      });
    });
  }
}

/** A fresh migrated database; `close()` also deletes it. For tests that need one of their own. */
export async function openTestDatabase(engine: Engine): Promise<Database> {
  return engine === 'pglite' ? openPGliteCopy() : openPostgresCopy();
}

async function openPGliteCopy(): Promise<Database> {
  const pglite = new PGlite({
    loadDataDir: await openAsBlob(inject('pgliteTemplate')),
    extensions: pgliteExtensions,
  });
  await pglite.waitReady;
  return openDatabase({ pglite });
}

async function openPostgresCopy(): Promise<Database> {
  const adminUrl = inject('postgresAdminUrl');
  const name = await createPostgresCopy(adminUrl);
  const database = await openDatabase({ databaseUrl: databaseUrl(adminUrl, name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await runAdmin(adminUrl, [dropDatabase(name)]);
    },
  };
}

/** A fresh migrated database named by environment variables, as the CLI reads them. */
export interface TestDatabaseEnv {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/**
 * For tests that go through `withDatabase` (the CLI): PGlite as a data directory unpacked from
 * the template, PostgreSQL as a database copied from the template and named by DATABASE_URL.
 */
export async function openTestDatabaseEnv(engine: Engine): Promise<TestDatabaseEnv> {
  if (engine === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'netzero-cli-'));
    const dataDir = join(dir, 'pglite');
    const pglite = new PGlite(dataDir, {
      loadDataDir: await openAsBlob(inject('pgliteTemplate')),
      extensions: pgliteExtensions,
    });
    await pglite.waitReady;
    await pglite.close();
    return {
      env: { NETZERO_DATA_DIR: dataDir },
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = inject('postgresAdminUrl');
  const name = await createPostgresCopy(adminUrl);
  return {
    env: { DATABASE_URL: databaseUrl(adminUrl, name) },
    dispose: () => runAdmin(adminUrl, [dropDatabase(name)]),
  };
}

async function createPostgresCopy(adminUrl: string): Promise<string> {
  const name = `${inject('postgresTestPrefix')}${randomBytes(6).toString('hex')}`;
  const template = quoteIdentifier(inject('postgresTemplate'));
  await runAdmin(adminUrl, [`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${template}`]);
  return name;
}
