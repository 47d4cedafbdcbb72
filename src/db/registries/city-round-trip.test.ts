import { expect, it } from 'vitest';
import { exportCity } from '../city/export-city.js';
import { importCity } from '../city/import-city.js';
import { describeEachDatabase, openTestDatabase } from '../test-support/databases.js';
import { seedKaohsiungRegistries, table2 } from '../test-support/kaohsiung-registries.js';
import { summarizeRegistry } from './list-cases.js';
import { saveMapping } from './mappings.js';

describeEachDatabase('registries in the city export and import', (getDb) => {
  it('round-trip losslessly into an empty database, Table 2 still computed from the cases', async () => {
    const { db, engine } = getDb();
    await seedKaohsiungRegistries(db);
    const mapping = { permit: '備案編號', capacity: { column: '容量(kW)', unit: 'kW' } };
    await saveMapping(db, 'kaohsiung', 'solar-cases', mapping, 'test');
    const exported = await exportCity(db, 'kaohsiung');
    expect(exported.registries?.find((r) => r.definition.code === 'solar-cases')?.mapping).toEqual(
      mapping,
    );
    expect(exported.registries?.map((r) => [r.definition.code, r.cases.length])).toEqual([
      ['academy-sessions', 0],
      ['counselling-visits', 13],
      ['fishery-solar-cases', 4],
      ['solar-cases', 1],
    ]);
    const empty = await openTestDatabase(engine);
    try {
      await importCity(empty.db, exported);
      expect(await exportCity(empty.db, 'kaohsiung')).toEqual(exported);
      const summary = await summarizeRegistry(
        empty.db,
        'kaohsiung',
        'fishery-solar-cases',
        ['stage'],
        {},
      );
      expect(summary.byField[0]?.rows.map((r) => r.amount)).toEqual([
        table2.totals.applied.mw,
        table2.totals.approved.mw,
      ]);
    } finally {
      await empty.close();
    }
  });

  it('keeps the registries when a city is replaced from its own export', async () => {
    const { db } = getDb();
    const exported = await exportCity(db, 'kaohsiung');
    await importCity(db, exported, { replace: true });
    expect(await exportCity(db, 'kaohsiung')).toEqual(exported);
  });

  it('refuses a document whose registry sums a text field, writing nothing', async () => {
    const { db, engine } = getDb();
    const exported = await exportCity(db, 'kaohsiung');
    const [first, ...rest] = exported.registries ?? [];
    if (!first) throw new Error('no registry exported');
    const broken = {
      ...exported,
      registries: [
        { ...first, definition: { ...first.definition, tally: { kind: 'sum', field: 'course' } } },
        ...rest,
      ],
    };
    const empty = await openTestDatabase(engine);
    try {
      await expect(importCity(empty.db, broken)).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: 'registries[0].definition.tally.field' })],
      });
      expect(await empty.db.selectFrom('cities').select('id').execute()).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});
