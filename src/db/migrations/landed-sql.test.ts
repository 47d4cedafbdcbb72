import { createHash } from 'node:crypto';
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Driver,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from './index.js';
import { landedSqlDigests } from './landed-sql.js';

/**
 * The statements a migration step sends, compiled as for PostgreSQL without a database: nothing
 * runs, every query answers with no rows.
 */
async function compiledStatements(step: (db: Kysely<unknown>) => Promise<void>): Promise<string[]> {
  const statements: string[] = [];
  const connection: DatabaseConnection = {
    executeQuery(query) {
      statements.push(JSON.stringify([query.sql, query.parameters]));
      return Promise.resolve({ rows: [] });
    },
    streamQuery() {
      throw new Error('a migration does not stream');
    },
  };
  const driver: Driver = {
    init: () => Promise.resolve(),
    acquireConnection: () => Promise.resolve(connection),
    beginTransaction: () => Promise.resolve(),
    commitTransaction: () => Promise.resolve(),
    rollbackTransaction: () => Promise.resolve(),
    releaseConnection: () => Promise.resolve(),
    destroy: () => Promise.resolve(),
  };
  const db = new Kysely<unknown>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (d) => new PostgresIntrospector(d),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  await step(db);
  return statements;
}

/** SHA-256 of what the migration sends: its up, then its down. */
async function digestOf(name: string): Promise<string> {
  const migration = migrations[name];
  if (!migration) throw new Error(`no migration ${name}`);
  const up = await compiledStatements((db) => migration.up(db));
  const down = migration.down
    ? await compiledStatements((db) => migration.down?.(db) ?? Promise.resolve())
    : [];
  return createHash('sha256').update(JSON.stringify({ up, down })).digest('hex');
}

describe('landed migrations', () => {
  it.each(Object.keys(landedSqlDigests))(
    '%s sends the SQL it sent when it landed',
    async (name) => {
      expect(await digestOf(name), `${name} compiles to other SQL than when it landed`).toBe(
        landedSqlDigests[name],
      );
    },
  );

  it('has a digest for every migration', async () => {
    const missing: string[] = [];
    for (const name of Object.keys(migrations))
      if (!(name in landedSqlDigests)) missing.push(`  '${name}': '${await digestOf(name)}',`);
    expect(missing, 'add these lines to landed-sql.ts').toEqual([]);
  });
});
