import { beforeAll, expect, it } from 'vitest';
import type { CityDocument } from '../../contracts/city-document.js';
import type { OperationInput } from '../../contracts/api/credits.js';
import { exportCity } from '../city/export-city.js';
import { importCity } from '../city/import-city.js';
import { seedDataset } from '../city/seed-dataset.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { checkLedger } from './check-ledger.js';
import { recordOperation } from './record-operation.js';
import { seedCredits } from './seed-credits.js';
import { seedSyntheticLedger } from './test-support/synthetic-credits.js';

const city = 'kaohsiung';
const actor = 'sec';
const base = { on: '2024-08-01', note: null, idempotencyKey: null, project: null };

describeEachDatabase('the credits ledger in the city document', (getDb) => {
  let document: CityDocument;

  beforeAll(async () => {
    const { db } = getDb();
    await seedDataset(db, city);
    await seedCredits(db, city, 'setup');
    await seedSyntheticLedger(db, city, {
      project: 'synthetic-solar',
      verifiedTonnes: '500.25',
      holders: 2,
      perHolder: 250,
    });
    const operations: OperationInput[] = [
      { ...base, kind: 'transfer', from: 'h1', to: 'h2', quantity: '200' },
      { ...base, kind: 'retire', from: 'h2', quantity: '50', reference: 'synthetic' },
      {
        ...base,
        kind: 'use',
        from: 'h2',
        quantity: '25',
        reference: '碳費 (synthetic)',
        idempotencyKey: 'use-25-synthetic',
      },
    ];
    for (const operation of operations) await recordOperation(db, city, operation, actor);
    document = await exportCity(db, city);
  });

  it('exports the projects, accounts and every operation, and imports them back unchanged', async () => {
    const { db } = getDb();
    expect(document.credits?.projects.map((p) => p.code)).toEqual([
      'hancheng-electric-buses',
      'sanfang-chemical',
      'synthetic-solar',
    ]);
    expect(document.credits?.operations.map((o) => `${o.kind} ${o.entries.length}`)).toEqual([
      'issue 1',
      'issue 1',
      'transfer 1',
      'retire 1',
      'use 1',
    ]);
    await importCity(db, document, { replace: true });
    expect(await exportCity(db, city)).toEqual(document);
    expect(await checkLedger(db, city)).toEqual([]);
  });

  it('refuses a document that retires the same serials twice, and keeps the city as it was', async () => {
    const { db } = getDb();
    const credits = document.credits;
    const retire = credits?.operations.find((o) => o.kind === 'retire');
    if (!credits || !retire) throw new Error('the document has no retirement');
    const twice = {
      ...document,
      credits: { ...credits, operations: [...credits.operations, retire] },
    };
    await expect(importCity(db, twice, { replace: true })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await exportCity(db, city)).toEqual(document);
  });
});
