import { beforeEach, expect, it } from 'vitest';
import type { CityDocumentInput } from '../../contracts/city-document.js';
import { NetZeroError } from '../../core/errors.js';
import { importCity } from '../city/import-city.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { supersedeFactor } from './factor-library.js';
import { at, emissionsCity } from './test-document.js';

type Doc = ReturnType<typeof emissionsCity>;
const inventory = (doc: Doc) => at(doc.inventories, 0);

/** Each case breaks one thing; the import must name it and write nothing at all. */
const cases: [string, (doc: Doc) => void, RegExp][] = [
  [
    'a factor whose unit does not give a mass of its gas',
    (doc) => {
      at(doc.emissionFactors, 1).unit = 'kgCO2e/m3';
    },
    /emissionFactors\[1\]\.unit: .*not a mass of CH4/,
  ],
  [
    'an unknown gas',
    (doc) => {
      (at(inventory(doc).entries, 1) as { gas: string }).gas = 'CO';
    },
    /inventories\[0\]\.entries\[1\]\.gas: unknown gas/,
  ],
  [
    'an inventory without a GWP set',
    (doc) => {
      delete (inventory(doc) as { gwpSet?: string }).gwpSet;
    },
    /inventories\[0\]\.gwpSet: an inventory needs a GWP set/,
  ],
  [
    'allocations that do not sum to the cap',
    (doc) => {
      at(at(doc.carbonBudgets, 0).allocations, 1).capT = '499.99';
    },
    /carbonBudgets\[0\]\.allocations: sector allocations add up to 1499.99 t, not the cap 1500 t/,
  ],
  [
    'overlapping budget periods',
    (doc) => {
      doc.carbonBudgets?.push({ code: 'b2026', startYear: 2026, endYear: 2027, capT: '1400' });
    },
    /carbonBudgets\[1\]\.startYear: 2026–2027 overlaps budget "b2025"/,
  ],
  [
    'a negative emission outside the sinks sector',
    (doc) => {
      (inventory(doc).entries ??= []).push({
        subsector: 'transport_road',
        scope: 1,
        method: 'reported',
        valueT: '-3',
      });
    },
    /inventories\[0\]\.entries\[7\]\.valueT: -3 is negative; only the sinks sector/,
  ],
  [
    'a notation key without an explanation',
    (doc) => {
      (inventory(doc).entries ??= []).push({
        subsector: 'waste_solid',
        scope: 1,
        method: 'notation',
        key: 'IE',
        explanation: '',
      } as never);
    },
    /inventories\[0\]\.entries\[7\]\.explanation: must not be empty/,
  ],
];

describeEachDatabase('emissions refusals', (getDb) => {
  beforeEach(async () => {
    await getDb().db.deleteFrom('cities').execute();
  });

  for (const [what, breakIt, message] of cases)
    it(`refuses ${what} and writes nothing`, async () => {
      const { db } = getDb();
      const doc = emissionsCity();
      breakIt(doc);
      const error = await importCity(db, doc as CityDocumentInput).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(NetZeroError);
      expect((error as NetZeroError).message).toMatch(message);
      expect(await db.selectFrom('cities').select('id').execute()).toEqual([]);
      expect(await db.selectFrom('inventory_entries').select('year').execute()).toEqual([]);
    });

  it('keeps the rules in the database too: overlap, negative source, notation without explanation', async () => {
    const { db } = getDb();
    await importCity(db, emissionsCity());
    const overlap = db
      .insertInto('carbon_budgets')
      .values({
        city_id: 'testville',
        code: 'x',
        start_year: 2026,
        end_year: 2027,
        cap_t: '1',
        cap_basis: 'period_total',
        status: 'draft',
        source_code: null,
        name: null,
        notes: '[]',
        position: 9,
      })
      .execute();
    await expect(overlap).rejects.toThrow(/overlaps another budget/);
    const negative = db
      .updateTable('inventory_entries')
      .set({ value_t: '-1' })
      .where('city_id', '=', 'testville')
      .where('subsector', '=', 'industry_manufacturing')
      .execute();
    await expect(negative).rejects.toThrow(/check constraint/);
    const bare = db
      .updateTable('inventory_entries')
      .set({ explanation: ' ' })
      .where('method', '=', 'notation')
      .execute();
    await expect(bare).rejects.toThrow(/check constraint/);
  });

  it('never edits a factor a published figure used; a new version supersedes it', async () => {
    const { db } = getDb();
    await importCity(db, emissionsCity());
    const edit = db
      .updateTable('emission_factors')
      .set({ value: '0.3' })
      .where('city_id', '=', 'testville')
      .where('code', '=', 'tw-electricity')
      .execute();
    await expect(edit).rejects.toThrow(/used by a published figure; add a new version/);
    await supersedeFactor(db, 'testville', 'tw-electricity', '2023', {
      version: '2023-r1',
      value: '0.495',
      unit: 'kgCO2e/kWh',
      year: 2023,
    });
    const versions = await db
      .selectFrom('emission_factors')
      .select(['version', 'value', 'supersedes_version'])
      .where('code', '=', 'tw-electricity')
      .orderBy('position')
      .execute();
    expect(versions).toEqual([
      { version: '2023', value: '0.494', supersedes_version: null },
      { version: '2023-r1', value: '0.495', supersedes_version: '2023' },
    ]);
    const entry = await db
      .selectFrom('inventory_entries')
      .select('factor_version')
      .where('factor_code', '=', 'tw-electricity')
      .executeTakeFirstOrThrow();
    expect(entry.factor_version).toBe('2023');
    await expect(
      supersedeFactor(db, 'testville', 'ww-ch4', '1', {
        version: '2',
        value: '1',
        unit: 'kgCO2e/m3',
        year: 2024,
      }),
    ).rejects.toThrow(/not a mass of CH4/);
  });
});
