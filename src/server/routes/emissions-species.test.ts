import { beforeAll, expect, it } from 'vitest';
import type { InventoryResponse } from '../../contracts/api/emissions.js';
import type { ApiError } from '../../contracts/api/common.js';
import { INVENTORY_CSV_COLUMNS } from '../../contracts/inventory-csv.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import type { ApiClient } from '../test-support/api-client.js';
import { kaohsiungApp } from '../test-support/kaohsiung-app.js';

const c = '/cities/kaohsiung';
/** 1 kg of HFC-134a and 1 kg of CF₄ (written as its alias PFC-14) in a published 2024 inventory. */
const csv = (hfcSpecies: string) => {
  const row = (cells: Partial<Record<(typeof INVENTORY_CSV_COLUMNS)[number], string>>) =>
    INVENTORY_CSV_COLUMNS.map((col) => cells[col] ?? '').join(',');
  const base = { year: '2024', gwp_set: 'AR5', status: 'published', scope: '1' };
  const mass = { method: 'gas_mass', mass: '1', mass_unit: 'kg' };
  return [
    INVENTORY_CSV_COLUMNS.join(','),
    row({ ...base, ...mass, subsector: 'ippu_product_use', gas: 'HFCs', species: hfcSpecies }),
    row({ ...base, ...mass, subsector: 'ippu_processes', gas: 'PFCs', species: 'PFC-14' }),
  ].join('\n');
};

describeEachDatabase('gas species over HTTP', (getDb) => {
  let anonymous: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    const { visitor, signedIn } = await kaohsiungApp(getDb());
    anonymous = await visitor();
    admin = await signedIn('admin', 'admin');
  });

  it('refuses a species of the wrong family with row and column, and writes nothing', async () => {
    const res = await admin.json<ApiError>('POST', `${c}/inventories`, { csv: csv('C2F6') });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => `${d.path}: ${d.message}`)).toEqual([
      expect.stringMatching(/^row 2, column species: C2F6 is one of the PFCs, not of the HFCs/),
    ]);
    expect((await anonymous.request('GET', `${c}/inventories/2024`)).status).toBe(404);
  });

  it('shows each entry with its species, and reweighs them when the GWP set changes', async () => {
    const up = await admin.json('POST', `${c}/inventories`, { csv: csv('HFC-134a') });
    expect(up).toEqual({ status: 201, body: { years: [2024], entries: 2 } });
    const detail = await anonymous.json<InventoryResponse>('GET', `${c}/inventories/2024`);
    expect(
      detail.body.entries.map(
        (e) => `${String(e.gas)}:${String(e.species)}:${String(e.tonnesCO2e)}`,
      ),
    ).toEqual(['HFCs:HFC-134a:1.3', 'PFCs:CF4:6.63']);
    const ar6 = await admin.json<InventoryResponse>('PATCH', `${c}/inventories/2024`, {
      gwpSet: 'AR6',
      expectedGwpSet: 'AR5',
    });
    expect(ar6.status).toBe(200);
    expect(ar6.body.entries.map((e) => e.tonnesCO2e)).toEqual(['1.53', '7.38']);
    expect(ar6.body.grossT).toBe('8.91');
  });
});
