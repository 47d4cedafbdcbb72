import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../connect.js';
import { openTestDatabaseEnv, type TestDatabaseEnv } from '../test-support/databases.js';
import { seedKaohsiungRegistries } from '../test-support/kaohsiung-registries.js';
import { importRegistryCases } from './import-cases.js';
import { defineRegistryKind, getRegistryKind } from './kinds.js';
import { listRegistryCases } from './list-cases.js';

/**
 * Two clerks importing at the same moment, through separate connections: PostgreSQL's alone
 * (PGlite has one connection and runs one transaction at a time). Without a per-city lock both
 * saw the key missing and both inserted it, and the second failed on the unique index: a 500.
 */
const city = 'kaohsiung';
let env: TestDatabaseEnv;
let pools: Database[] = [];
const pool = (i: number) => {
  const database = pools[i];
  if (!database) throw new Error('no pool open');
  return database.db;
};

beforeAll(async () => {
  env = await openTestDatabaseEnv('postgres');
  const url = env.env.DATABASE_URL;
  pools = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ databaseUrl: url })));
  await seedKaohsiungRegistries(pool(0));
}, 60_000);

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  await env.dispose();
});

it('imports of one new case at once: one creates it, the others find it unchanged', async () => {
  const visit = { values: { year: '112年1-9月', company: '競爭測試公司 (synthetic)' } };
  const outcomes = await Promise.all(
    pools.map((p, i) =>
      importRegistryCases(p.db, city, 'counselling-visits', [visit], `test:${String(i)}`, {
        name: 'race',
      }),
    ),
  );
  expect(outcomes.map((o) => o.created).sort()).toEqual([0, 0, 0, 1]);
  expect(outcomes.map((o) => o.unchanged).sort()).toEqual([0, 1, 1, 1]);
  const { cases } = await listRegistryCases(pool(0), city, 'counselling-visits', {
    limit: 50,
    offset: 0,
  });
  expect(cases.filter((c) => c.values.company === visit.values.company)).toHaveLength(1);
});

it('two first definitions of one kind at once: one creates it, the other finds it unchanged', async () => {
  const visits = await getRegistryKind(pool(0), city, 'counselling-visits');
  const definition = { ...visits, code: 'race-visits' };
  const outcomes = await Promise.all(
    pools.map((p, i) => defineRegistryKind(p.db, city, definition, `test:${String(i)}`)),
  );
  expect(outcomes.sort()).toEqual(['created', 'unchanged', 'unchanged', 'unchanged']);
  expect(await getRegistryKind(pool(1), city, 'race-visits')).toEqual(definition);
});
