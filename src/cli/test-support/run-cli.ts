import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase } from '../../db/connect.js';
import type { Database } from '../../db/connect.js';
import {
  openTestDatabaseEnv,
  type Engine,
  type TestDatabaseEnv,
} from '../../db/test-support/databases.js';
import type { CliIo } from '../io.js';
import { main } from '../main.js';

/** What one `netzero` run printed and its exit status. */
export interface CliRun {
  status: number;
  out: string;
  err: string;
}

export type RunCli = (...argv: string[]) => Promise<CliRun>;

/**
 * Runs `netzero` in-process with this environment, capturing what it prints; `secret` answers a
 * password prompt.
 * @example await cliRunner(env)('committee', 'overdue') // { status: 0, out: 'Nothing overdue …', err: '' }
 */
export function cliRunner(env: Record<string, string>, secret = ''): RunCli {
  return async (...argv) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      env,
      readSecret: () => Promise.resolve(secret),
    };
    const status = await main(argv, io);
    return { status, out: out.join('\n'), err: err.join('\n') };
  };
}

/** The test database and scratch folder of a CLI suite, set in its `beforeAll`. */
export interface CliSuite {
  database: TestDatabaseEnv;
  run: RunCli;
  scratch: string;
}

/**
 * Opens a test database on `engine` and a scratch folder before the suite's tests, and removes
 * both after them. Read the fields inside tests: they are set once `beforeAll` has run.
 */
export function useCliSuite(engine: Engine, scratchPrefix: string): CliSuite {
  const suite = {} as CliSuite;
  beforeAll(async () => {
    suite.database = await openTestDatabaseEnv(engine);
    suite.run = cliRunner(suite.database.env);
    suite.scratch = await mkdtemp(join(tmpdir(), scratchPrefix));
  });
  afterAll(async () => {
    await suite.database.dispose();
    await rm(suite.scratch, { recursive: true, force: true });
  });
  return suite;
}

/** Opens the database a CLI suite's `env` names, for what the CLI has no command for. */
export async function withEnvDatabase<T>(
  env: Record<string, string>,
  use: (db: Database['db']) => Promise<T>,
): Promise<T> {
  const opened = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.NETZERO_DATA_DIR,
  });
  try {
    return await use(opened.db);
  } finally {
    await opened.close();
  }
}
