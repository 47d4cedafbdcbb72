import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { importCity } from '../city/import-city.js';
import { smallCity } from '../city/test-document.js';
import { describeEachDatabase } from '../test-support/databases.js';

describeEachDatabase('the schema', (getDb) => {
  it('keys every table by city first, so a deployment can shard by city', async () => {
    const { rows } = await sql<{ table_name: string; first_key: string | null }>`
      SELECT t.table_name,
             (SELECT k.column_name FROM information_schema.table_constraints c
                JOIN information_schema.key_column_usage k
                  ON k.constraint_name = c.constraint_name AND k.table_name = c.table_name
               WHERE c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY'
                 AND k.ordinal_position = 1) AS first_key
      FROM information_schema.tables t
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND t.table_name NOT LIKE 'kysely_%'
      ORDER BY t.table_name`.execute(getDb().db);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    const keys = rows.map((r) => [r.table_name, r.first_key]);
    // cities is the tenant table itself: its key is the city.
    expect(keys).toEqual(
      rows.map((r) => [r.table_name, r.table_name === 'cities' ? 'id' : 'city_id']),
    );
  });

  it('refuses to delete an agency that measures still cite, while a whole city deletes cleanly', async () => {
    const { db } = getDb();
    await importCity(db, smallCity());
    const deleteAgency = db
      .deleteFrom('agencies')
      .where('city_id', '=', 'testville')
      .where('code', '=', 'epb')
      .execute();
    await expect(deleteAgency).rejects.toThrow(/foreign key/);
    expect(await db.selectFrom('agencies').select('code').execute()).toEqual([{ code: 'epb' }]);
    await db.deleteFrom('cities').where('id', '=', 'testville').execute();
    expect(await db.selectFrom('measures').select('id').execute()).toEqual([]);
  });
});
