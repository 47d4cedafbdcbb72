import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { declaredColumns, type TableShapes } from './test-support/declared-columns.js';
import { describeEachDatabase } from './test-support/databases.js';
import { compareColumns, migratedColumns } from './test-support/migrated-columns.js';

// The table types (tables.ts, tables-accounts.ts, emissions-tables.ts) are written by hand;
// this holds them to the migrated database on both engines.
let declared: TableShapes;
beforeAll(() => {
  declared = declaredColumns();
});

describeEachDatabase('the Kysely table types', (getDb) => {
  it('declare every table and column of the migrations, with nullability and value class', async () => {
    expect(compareColumns(declared, await migratedColumns(getDb().db))).toEqual([]);
  });

  it('are found wanting when a migration adds a column they do not declare', async () => {
    const { db } = getDb();
    await sql`ALTER TABLE cities ADD COLUMN motto text`.execute(db);
    await sql`ALTER TABLE agencies ALTER COLUMN name_en SET NOT NULL`.execute(db);
    await sql`ALTER TABLE plans ALTER COLUMN position TYPE text`.execute(db);
    try {
      expect(compareColumns(declared, await migratedColumns(db))).toEqual([
        'agencies.name_en: NOT NULL in the database, nullable in the table types',
        'cities.motto: in the database (text, nullable), not in the table types',
        'plans.position: text in the database reads as string, the table types say number',
      ]);
    } finally {
      await sql`ALTER TABLE cities DROP COLUMN motto`.execute(db);
      await sql`ALTER TABLE agencies ALTER COLUMN name_en DROP NOT NULL`.execute(db);
      await sql`ALTER TABLE plans ALTER COLUMN position TYPE integer USING position::integer`.execute(
        db,
      );
    }
  });
});
