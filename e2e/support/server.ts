import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { seedDataset } from '../../src/db/city/seed-dataset.js';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createApp } from '../../src/server/app.js';
import { listen, type Listening } from '../../src/server/listen.js';

export interface TestSite {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The real server on a free port over a fresh PGlite database seeded with Kaohsiung, serving a
 * web build made for this run (in a temp folder, so dist/web is never half-written under a
 * running server).
 */
export async function startTestSite(
  prepare: (database: Database) => Promise<void> = async () => {},
): Promise<TestSite> {
  const folder = await mkdtemp(join(tmpdir(), 'netzero-e2e-'));
  const webRoot = join(folder, 'web');
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true },
  });
  const database = await openDatabase({ dataDir: join(folder, 'pglite') });
  let server: Listening | undefined;
  try {
    await migrateToLatest(database.db);
    await seedDataset(database.db, 'kaohsiung');
    await prepare(database);
    const app = createApp({ db: database.db, engine: database.engine, webRoot });
    server = await listen(app, { HOST: '127.0.0.1', PORT: '0' });
  } catch (error) {
    await database.close();
    throw error;
  }
  const listening = server;
  return {
    url: listening.url,
    database,
    stop: async () => {
      await listening.close();
      await database.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
