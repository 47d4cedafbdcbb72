import { expect, it } from 'vitest';
import { describeEachDatabase } from './test-support/databases.js';
import { readConsistently } from './read-consistently.js';
import type { Kysely } from 'kysely';
import type { Tables } from './tables.js';

const cityCount = async (db: Kysely<Tables>) =>
  Number(
    (
      await db
        .selectFrom('cities')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describeEachDatabase('readConsistently', (getDb) => {
  it('reads one snapshot: a write committed between two of its reads is not seen', async () => {
    const { db, engine } = getDb();
    let write: Promise<unknown> = Promise.resolve();
    const [first, second] = await readConsistently(db, async (snapshot) => {
      const before = await cityCount(snapshot);
      write = db
        .insertInto('cities')
        .values({ id: 'written-meanwhile', name: '其間寫入' })
        .execute();
      // PostgreSQL commits the write on another connection now; PGlite has one connection and
      // queues it behind this transaction, so waiting for it here would never end.
      if (engine === 'postgres') await write;
      return [before, await cityCount(snapshot)];
    });
    await write;
    expect(second).toBe(first);
    expect(await cityCount(db)).toBe(first + 1);
  });

  it('refuses a write inside the read, and keeps nothing of it', async () => {
    const { db } = getDb();
    const before = await cityCount(db);
    await expect(
      readConsistently(db, (snapshot) =>
        snapshot.insertInto('cities').values({ id: 'not-written', name: '不寫入' }).execute(),
      ),
    ).rejects.toThrow(/read-only transaction/);
    expect(await cityCount(db)).toBe(before);
  });

  it('reads inside a transaction already open with that transaction', async () => {
    const { db } = getDb();
    const seen = await db.transaction().execute(async (trx) => {
      await trx.insertInto('cities').values({ id: 'in-transaction', name: '交易中' }).execute();
      return readConsistently(trx, (snapshot) =>
        snapshot.selectFrom('cities').select('id').where('id', '=', 'in-transaction').execute(),
      );
    });
    expect(seen).toEqual([{ id: 'in-transaction' }]);
  });
});
