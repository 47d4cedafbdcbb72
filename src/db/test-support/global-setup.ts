import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../connect.js';
import { pgliteExtensions } from '../pglite-extensions.js';
import { migrateToLatest } from '../migrate.js';
import {
  databaseUrl,
  dropDatabase,
  listDatabases,
  quoteIdentifier,
  runAdmin,
} from './postgres-admin.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dumped, migrated PGlite data directory (dumpDataDir 'none'), loaded by each test file. */
    pgliteTemplate: string;
    /** A migrated database on the TEST_DATABASE_URL server, copied by each test file. */
    postgresTemplate: string;
    /** The admin URL (TEST_DATABASE_URL) as the run started with it. */
    postgresAdminUrl: string;
    /** Prefix of this run's test databases, so teardown can drop any a crashed worker left. */
    postgresTestPrefix: string;
  }
}

/**
 * Migrates once per run: a fresh PGlite takes ~5 s to create and a migration run adds more, but
 * loading a dump takes under a second and CREATE DATABASE … TEMPLATE is faster still. Every
 * test file then gets its own copy, so files never share state and can run in parallel.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    throw new Error(
      'database tests need PostgreSQL: run `npm test`, which starts a private cluster, ' +
        'or set TEST_DATABASE_URL',
    );
  }
  const runId = String(process.pid);
  const postgresTemplate = `netzero_template_${runId}`;
  const postgresTestPrefix = `netzero_test_${runId}_`;
  const dir = await mkdtemp(join(tmpdir(), 'netzero-test-'));

  const teardown = async () => {
    try {
      const leftovers = await listDatabases(adminUrl, postgresTestPrefix);
      await runAdmin(adminUrl, [...leftovers, postgresTemplate].map(dropDatabase));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  // Both templates build at once; if either fails, undo both before reporting.
  const built = await Promise.allSettled([
    buildPGliteTemplate(join(dir, 'pglite-template.tar')),
    buildPostgresTemplate(adminUrl, postgresTemplate),
  ]);
  const failure = built.find((result) => result.status === 'rejected');
  if (failure) {
    await teardown();
    throw failure.reason;
  }

  project.provide('pgliteTemplate', join(dir, 'pglite-template.tar'));
  project.provide('postgresTemplate', postgresTemplate);
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresTestPrefix', postgresTestPrefix);
  return teardown;
}

async function buildPGliteTemplate(file: string): Promise<void> {
  const pglite = new PGlite({ extensions: pgliteExtensions });
  const database = await openDatabase({ pglite });
  try {
    await migrateToLatest(database.db);
    const dump = await pglite.dumpDataDir('none');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
}

async function buildPostgresTemplate(adminUrl: string, name: string): Promise<void> {
  await runAdmin(adminUrl, [dropDatabase(name), `CREATE DATABASE ${quoteIdentifier(name)}`]);
  // Closed before any test copies it: CREATE DATABASE … TEMPLATE refuses a template in use.
  const database = await openDatabase({ databaseUrl: databaseUrl(adminUrl, name) });
  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
}
