import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { importCity } from '../city/import-city.js';
import { smallCity } from '../city/test-document.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { migrations } from './index.js';

const sourceCitations = migrations['0006-source-citations'];

describeEachDatabase('migration 0006 (sources cited as publications)', (getDb) => {
  afterEach(async () => {
    await getDb().db.deleteFrom('cities').where('id', '=', 'testville').execute();
  });

  it('keeps the dates sources had, and refuses a url beside "url unknown"', async () => {
    const { db } = getDb();
    const doc = smallCity();
    doc.sources = [{ code: 'report', title: '成果報告', kind: 'report', date: '2023-11-20' }];
    await importCity(db, doc);
    // Back to the schema before it, where the date was a date column, then forward again.
    await sourceCitations?.down?.(db);
    const before = await sql<{ published_on: string }>`SELECT published_on FROM sources`.execute(
      db,
    );
    expect(before.rows).toEqual([{ published_on: '2023-11-20' }]);
    await sourceCitations?.up(db);
    const after = await db.selectFrom('sources').select(['published', 'url_unknown']).execute();
    expect(after).toEqual([{ published: '2023-11-20', url_unknown: false }]);

    const both = db
      .updateTable('sources')
      .set({ url: 'https://example.tw/', url_unknown: true })
      .where('city_id', '=', 'testville')
      .execute();
    await expect(both).rejects.toThrow(/sources_url_known_or_unknown/);
    const badDate = db.updateTable('sources').set({ published: '2023-13' }).execute();
    await expect(badDate).rejects.toThrow(/check constraint/);
  });
});
