import { beforeEach, expect, it } from 'vitest';
import type { CityDocumentInput } from '../../contracts/city-document.js';
import { formatInventoryCsv } from '../../contracts/inventory-csv.js';
import { NetZeroError } from '../../core/errors.js';
import { importCity } from '../city/import-city.js';
import { exportCity } from '../city/export-city.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { importInventoryCsv } from './import-inventories.js';
import { getInventoryTotals, setInventoryGwpSet } from './inventory-store.js';
import { getInventorySummaries } from './inventory-summaries.js';
import { readInventories } from './read-emissions.js';
import { emissionsCity } from './test-document.js';

type Entry = NonNullable<CityDocumentInput['inventories']>[number]['entries'] extends
  (infer E)[] | undefined
  ? E
  : never;

/** The test city plus a 2024 inventory of fluorinated gases (1 kg HFC-134a; 2 t × 0.5 kg CF₄/t). */
function fluorinatedCity(extra: Entry[] = []) {
  const doc = emissionsCity();
  doc.emissionFactors = [
    ...(doc.emissionFactors ?? []),
    {
      code: 'etch-pfc',
      version: '1',
      name: '蝕刻 PFC',
      value: '0.5',
      unit: 'kg/t',
      gas: 'PFCs',
      year: 2024,
    },
  ];
  doc.inventories.push({
    year: 2024,
    gwpSet: 'AR5',
    status: 'published',
    entries: [
      {
        subsector: 'ippu_product_use',
        scope: 1,
        method: 'gas_mass',
        gas: 'HFCs',
        species: 'HFC-134a',
        mass: '1',
        massUnit: 'kg',
      },
      {
        subsector: 'ippu_processes',
        scope: 1,
        method: 'computed',
        species: 'PFC-14',
        activity: '2',
        activityUnit: 't',
        factor: { code: 'etch-pfc', version: '1' },
      },
      {
        subsector: 'ippu_product_use',
        scope: 1,
        method: 'reported',
        gas: 'SF6',
        species: 'SF6',
        valueT: '0.5',
      },
      ...extra,
    ],
  });
  return doc;
}

describeEachDatabase('gas species in the database', (getDb) => {
  beforeEach(async () => {
    await getDb().db.deleteFrom('cities').execute();
  });

  const totals2024 = async () => {
    const { db } = getDb();
    const [totals] = await getInventoryTotals(db, 'testville', [2024]);
    const summary = (await getInventorySummaries(db, 'testville')).find((t) => t.year === 2024);
    // The SQL-summed path weighs species the same way as entry by entry.
    expect(summary?.grossT.toFixed()).toBe(totals?.grossT.toFixed());
    return totals;
  };

  it('weighs each species by the inventory GWP set, and recomputes when the set changes', async () => {
    const { db } = getDb();
    await importCity(db, fluorinatedCity());
    // AR5: 1 kg HFC-134a × 1,300 + 1 kg CF₄ × 6,630 = 7.93 t, + 0.5 t reported
    const ar5 = await totals2024();
    expect(ar5?.entries.map((e) => `${String(e.species)}:${String(e.tonnesCO2e)}`)).toEqual([
      'HFC-134a:1.3',
      'CF4:6.63',
      'SF6:0.5',
    ]);
    const hfc134a: string[] = [];
    for (const [set, before] of [
      ['AR4', 'AR5'],
      ['AR6', 'AR4'],
      ['AR5', 'AR6'],
    ] as const) {
      await setInventoryGwpSet(db, 'testville', 2024, set, { actor: 'test', expected: before });
      const totals = await totals2024();
      hfc134a.push(`${set}:${String(totals?.entries[0]?.tonnesCO2e?.toFixed())}`);
      if (set === 'AR4') expect(totals?.grossT.toFixed()).toBe('9.32'); // 1.43 + 7.39 + 0.5
      if (set === 'AR6') expect(totals?.grossT.toFixed()).toBe('9.41'); // 1.53 + 7.38 + 0.5
    }
    expect(hfc134a).toEqual(['AR4:1.43', 'AR6:1.53', 'AR5:1.3']);
  });

  it('stores the species as its code and exports exactly what was imported', async () => {
    const { db } = getDb();
    const stored = await importCity(db, fluorinatedCity());
    const rows = await db
      .selectFrom('inventory_entries')
      .select(['position', 'species'])
      .where('year', '=', 2024)
      .orderBy('position')
      .execute();
    expect(rows.map((r) => r.species)).toEqual(['HFC-134a', 'CF4', 'SF6']);
    expect(await exportCity(db, 'testville')).toEqual(stored);
    // The CSV made from the stored inventory imports back unchanged.
    const csv = formatInventoryCsv(await readInventories(db, 'testville', [2024]));
    expect(csv).toContain(',gas_mass,HFCs,HFC-134a,,1,kg,');
    await importInventoryCsv(db, 'testville', csv, { replace: true, actor: 'test' });
    expect(formatInventoryCsv(await readInventories(db, 'testville', [2024]))).toBe(csv);
  });

  const refusals: [string, Entry, RegExp][] = [
    [
      'an HFC mass without its species',
      {
        subsector: 'ippu_product_use',
        scope: 1,
        method: 'gas_mass',
        gas: 'HFCs',
        mass: '2',
        massUnit: 'kg',
      },
      /inventories\[1\]\.entries\[3\]\.species: a mass of HFCs needs its species/,
    ],
    [
      'an unknown species',
      {
        subsector: 'ippu_product_use',
        scope: 1,
        method: 'gas_mass',
        gas: 'HFCs',
        species: 'HFC-134',
        mass: '2',
        massUnit: 'kg',
      },
      /inventories\[1\]\.entries\[3\]\.species: unknown species "HFC-134"/,
    ],
    [
      'a species of the wrong family',
      {
        subsector: 'ippu_product_use',
        scope: 1,
        method: 'gas_mass',
        gas: 'PFCs',
        species: 'HFC-32',
        mass: '2',
        massUnit: 'kg',
      },
      /inventories\[1\]\.entries\[3\]\.species: HFC-32 is one of the HFCs, not of the PFCs/,
    ],
  ];
  for (const [what, entry, message] of refusals)
    it(`refuses ${what} on import and writes nothing`, async () => {
      const { db } = getDb();
      const error = await importCity(db, fluorinatedCity([entry])).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(NetZeroError);
      expect((error as NetZeroError).message).toMatch(message);
      // One problem, reported once (not by validation and again by the arithmetic).
      expect((error as NetZeroError).issues).toHaveLength(1);
      expect(await db.selectFrom('cities').select('id').execute()).toEqual([]);
      expect(await db.selectFrom('inventory_entries').select('year').execute()).toEqual([]);
    });

  it('refuses a bad species in an inventory CSV by row and column, and writes nothing', async () => {
    const { db } = getDb();
    await importCity(db, fluorinatedCity());
    const before = formatInventoryCsv(await readInventories(db, 'testville'));
    const bad = formatInventoryCsv(await readInventories(db, 'testville', [2024])).replace(
      'HFC-134a',
      'C2F6',
    );
    await expect(
      importInventoryCsv(db, 'testville', bad, { replace: true, actor: 'test' }),
    ).rejects.toThrow(/row 2, column species: C2F6 is one of the PFCs, not of the HFCs/);
    expect(formatInventoryCsv(await readInventories(db, 'testville'))).toBe(before);
  });

  it('keeps the rule in the database too: an HFC or PFC mass row has a species', async () => {
    const { db } = getDb();
    await importCity(db, fluorinatedCity());
    const bare = db
      .updateTable('inventory_entries')
      .set({ species: null })
      .where('city_id', '=', 'testville')
      .where('gas', '=', 'HFCs')
      .execute();
    await expect(bare).rejects.toThrow(/inventory_entries_family_mass_has_species/);
  });
});
