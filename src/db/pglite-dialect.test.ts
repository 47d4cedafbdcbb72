import { sql, type Generated, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './connect.js';
import { describeEachDatabase, openTestDatabase } from './test-support/databases.js';

/** A table the tests create themselves: the real migrations are not this file's business. */
type Probe = { probe: { id: Generated<number>; tag: string } };

// The cast forgets the real tables: this file only talks to its probe table.
async function createProbe(database: Database): Promise<Kysely<Probe>> {
  await sql`CREATE TABLE probe (id serial PRIMARY KEY, tag text NOT NULL)`.execute(database.db);
  return database.db.withTables<Probe>() as unknown as Kysely<Probe>;
}

async function tags(db: Kysely<Probe>): Promise<string[]> {
  const rows = await db.selectFrom('probe').select('tag').orderBy('id').execute();
  return rows.map((row) => row.tag);
}

// The same behaviour on both engines: PGlite's driver is ours, PostgreSQL's is Kysely's.
describeEachDatabase('transactions', (getDb) => {
  let probe: Kysely<Probe>;
  beforeAll(async () => {
    probe = await createProbe(getDb());
  });

  it('reports how many rows an update changed', async () => {
    await probe
      .insertInto('probe')
      .values([{ tag: 'count' }, { tag: 'count' }])
      .execute();
    const result = await probe
      .updateTable('probe')
      .set({ tag: 'counted' })
      .where('tag', '=', 'count')
      .executeTakeFirst();
    expect(result.numUpdatedRows).toBe(2n);
  });

  it('rolls back a transaction that throws', async () => {
    const failing = probe.transaction().execute(async (trx) => {
      await trx.insertInto('probe').values({ tag: 'rolled-back' }).execute();
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await tags(probe)).not.toContain('rolled-back');
  });

  it('rolls back to a savepoint and keeps what came before it', async () => {
    const trx = await probe.startTransaction().execute();
    await trx.insertInto('probe').values({ tag: 'before-savepoint' }).execute();
    const saved = await trx.savepoint('before_mistake').execute();
    await saved.insertInto('probe').values({ tag: 'mistake' }).execute();
    await saved.rollbackToSavepoint('before_mistake').execute();
    await trx.commit().execute();
    const kept = await tags(probe);
    expect(kept).toContain('before-savepoint');
    expect(kept).not.toContain('mistake');
  });
});

describe('the PGlite driver', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
  });
  afterAll(async () => {
    await database.close();
  });

  it('queues concurrent transactions on its one connection instead of interleaving them', async () => {
    const probe = await createProbe(database);
    const transaction = (tag: string) =>
      probe.transaction().execute(async (trx) => {
        await trx
          .insertInto('probe')
          .values({ tag: `${tag}1` })
          .execute();
        await new Promise((resolve) => setTimeout(resolve, 20));
        await trx
          .insertInto('probe')
          .values({ tag: `${tag}2` })
          .execute();
      });
    await Promise.all([transaction('a'), transaction('b'), tags(probe)]);
    const oneAfterTheOther = [
      ['a1', 'a2', 'b1', 'b2'],
      ['b1', 'b2', 'a1', 'a2'],
    ];
    expect(oneAfterTheOther).toContainEqual(await tags(probe));
  });
});
