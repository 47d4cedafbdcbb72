import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { isAtLatestMigration, migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { describeEachDatabase } from './test-support/databases.js';

const latest = Object.keys(migrations).at(-1) ?? '';

describeEachDatabase('migrateToLatest', (getDb) => {
  it('recognises a migrated database with one read and leaves it as it is', async () => {
    const { db } = getDb();
    expect(await isAtLatestMigration(db)).toBe(true);
    await migrateToLatest(db);
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(migrations));
  });

  it('hands a database that lacks its latest migration to the migrator, which applies it', async () => {
    const { db } = getDb();
    // Undo the latest migration as Kysely would, then forget it was applied.
    await migrations[latest]?.down?.(db);
    await sql`delete from kysely_migration where name = ${latest}`.execute(db);
    expect(await isAtLatestMigration(db)).toBe(false);
    await migrateToLatest(db);
    expect(await isAtLatestMigration(db)).toBe(true);
  });

  it('does not take a database with a migration this code does not know for the latest', async () => {
    const { db } = getDb();
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01')`.execute(
      db,
    );
    try {
      expect(await isAtLatestMigration(db)).toBe(false);
      await expect(migrateToLatest(db)).rejects.toThrow(/9999-from-the-future/);
    } finally {
      await sql`delete from kysely_migration where name = '9999-from-the-future'`.execute(db);
    }
  });
});
