import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registriesDatasetFolder } from '../../datasets/datasets.js';
import { listAuditEntries } from '../audit/list-audit.js';
import { seedDataset } from '../city/seed-dataset.js';
import { describeEachDatabase } from '../test-support/databases.js';
import {
  manufacturing3Visits,
  table2,
  table4,
  seedKaohsiungRegistries,
} from '../test-support/kaohsiung-registries.js';
import { compareRegistryFeeds } from './feeds.js';
import { importRegistryCases } from './import-cases.js';
import { getRegistryKind } from './kinds.js';
import { listRegistryCases, summarizeRegistry } from './list-cases.js';
import { loadRegistryFile, loadRegistryFolder } from './seed-registries.js';

const city = 'kaohsiung';
const actor = 'test';

describeEachDatabase('Kaohsiung registries', (getDb) => {
  beforeAll(async () => {
    const { db } = getDb();
    await seedKaohsiungRegistries(db);
  });

  it("reproduces Table 2's totals from its four aggregate cases", async () => {
    const { db } = getDb();
    const summary = await summarizeRegistry(
      db,
      city,
      'fishery-solar-cases',
      ['stage', 'siteType'],
      {},
    );
    const byStage = summary.byField.find((f) => f.field === 'stage')?.rows ?? [];
    expect(byStage.map((r) => [r.key, r.cases, r.amount])).toEqual([
      ['applied', table2.totals.applied.cases, table2.totals.applied.mw],
      ['approved', table2.totals.approved.cases, table2.totals.approved.mw],
    ]);
    const { cases } = await listRegistryCases(db, city, 'fishery-solar-cases', {
      limit: 10,
      offset: 0,
    });
    expect(cases.every((c) => c.aggregate && c.note !== null)).toBe(true);
    expect(
      cases.map((c) => [c.values.stage, c.values.siteType, c.caseCount, c.amount]).sort(),
    ).toEqual(table2.rows.map((r) => [...r]).sort());
  });

  it("holds Table 4's 13 companies as visits", async () => {
    const { db } = getDb();
    const { total, cases } = await listRegistryCases(db, city, 'counselling-visits', {
      limit: 50,
      offset: 0,
    });
    expect(total).toBe(13);
    expect(cases.map((c) => c.values.company).sort()).toEqual(Object.values(table4).flat().sort());
  });

  it('shows 製造3 computed from the visits beside its published 29, the difference explained', async () => {
    const { db } = getDb();
    const report = (await compareRegistryFeeds(db, city)).find(
      (r) => r.kind === 'counselling-visits',
    );
    const comparison = report?.comparison;
    expect(
      comparison?.figures.map((f) => [f.published.toFixed(), f.computed.toFixed(), f.reason]),
    ).toEqual([
      [manufacturing3Visits.byPeriod[0], '4', 'registry_short'],
      [manufacturing3Visits.byPeriod[1], '3', 'registry_short'],
      [manufacturing3Visits.byPeriod[2], '6', 'equal'],
    ]);
    expect(comparison?.toDate).toMatchObject({ cases: 13, reason: 'registry_short' });
    expect(comparison?.toDate?.published.toFixed()).toBe(manufacturing3Visits.total);
    expect(comparison?.toDate?.computed.toFixed()).toBe('13');
    expect(comparison?.toDate?.explanation.en).toBe(
      'The published figure counts 16 家次 more than the registry holds: cases not entered in the registry, or counted outside it.',
    );
    expect(report?.feeds.note?.zh).toContain('其中 13 家次為製造業');
  });

  it("converts the solar total into 能源1's MWp exactly, and does not split it across years", async () => {
    const { db } = getDb();
    const report = (await compareRegistryFeeds(db, city)).find((r) => r.kind === 'solar-cases');
    expect(report?.comparison?.toDate?.computed.toFixed()).toBe('836.21');
    expect(report?.comparison?.toDate?.difference.toFixed()).toBe('-0.21');
    expect(report?.comparison?.figures.at(-1)?.reason).toBe('aggregate_spans_periods');
  });

  it('changes nothing when the same files are loaded again', async () => {
    const { db } = getDb();
    const again = await loadRegistryFolder(db, city, registriesDatasetFolder(city), actor);
    expect(again.map((r) => [r.definition, r.cases.created, r.cases.updated])).toEqual(
      again.map(() => ['unchanged', 0, 0]),
    );
  });

  it('refuses a batch with any bad row, by row and field, and writes nothing', async () => {
    const { db } = getDb();
    const before = await listRegistryCases(db, city, 'fishery-solar-cases', {
      limit: 1,
      offset: 0,
    });
    const good = { caseNo: 'T-1', stage: 'applied', siteType: 'rooftop', recordedOn: '112.06.01' };
    const attempt = importRegistryCases(
      db,
      city,
      'fishery-solar-cases',
      [
        { values: { ...good, capacity: '1.2 MW' } },
        { values: { ...good, caseNo: 'T-2', capacity: '3 MWh' } },
        { values: { ...good, caseNo: 'T-3', capacity: '1 MW', recordedOn: '115.01.01' } },
        { values: { ...good, capacity: '2 MW' } },
      ],
      actor,
      { name: 'test' },
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [
        expect.objectContaining({ path: 'rows[2].capacity', code: 'wrong_dimension' }),
        expect.objectContaining({ path: 'rows[3].recordedOn', code: 'outside_plan' }),
        expect.objectContaining({ path: 'rows[4].caseNo', code: 'duplicate_key' }),
      ],
    });
    const after = await listRegistryCases(db, city, 'fishery-solar-cases', { limit: 1, offset: 0 });
    expect(after.total).toBe(before.total);
  });

  it('moves a corrected case to its period and records why in the audit trail', async () => {
    const { db } = getDb();
    const company = table4['111']?.[0] ?? '';
    const outcome = await importRegistryCases(
      db,
      city,
      'counselling-visits',
      [{ values: { year: '111', company, field: '熱能系統節能' } }],
      actor,
      { name: 'correction.csv' },
    );
    expect(outcome).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [last, change] = await listAuditEntries(db, city, { limit: 2 });
    expect(last).toMatchObject({ action: 'registry.import', entityKey: 'counselling-visits' });
    expect(change).toMatchObject({
      action: 'registry.case_change',
      before: expect.objectContaining({
        values: { year: '2022-01-01/2022-12-31', company },
      }) as unknown,
      after: expect.objectContaining({
        values: { year: '2022-01-01/2022-12-31', company, field: 'heat' },
      }) as unknown,
    });
  });
});

describeEachDatabase('a fifth registry kind, defined from a file with no new code', (getDb) => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'registry-'));
    await seedDataset(getDb().db, city);
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  // A test-only kind: synthetic cases, in a file as a secretariat would write it.
  const file = `
definition:
  code: street-trees
  version: 1
  name: { zh: 行道樹補植, en: Street trees planted }
  agency: pwb
  fields:
    - { key: site, type: text, required: true, label: { zh: 地點, en: Site } }
    - { key: plantedOn, type: date, required: true, label: { zh: 種植日期, en: Planted on } }
    - { key: trees, type: number, unit: 株, required: true, label: { zh: 株數, en: Trees } }
    - { key: district, type: text, label: { zh: 行政區, en: District } }
  tally: { kind: sum, field: trees }
  placedBy: plantedOn
  naturalKey: [site, plantedOn]
  district: district
cases:
  - values: { site: 測試路1段, plantedOn: 111.03.12, trees: 40, district: 甲區 }
  - values: { site: 測試路2段, plantedOn: 2022-11-30, trees: "15 株", district: 乙區 }
  - values: { site: 測試路3段, plantedOn: 112.02.01, trees: 5, district: 甲區 }
`;

  it('stores, checks and summarises its cases by district and year', async () => {
    const { db } = getDb();
    const path = join(folder, 'street-trees.yaml');
    await writeFile(path, file);
    const loaded = await loadRegistryFile(db, city, path, actor);
    expect(loaded).toEqual({
      kind: 'street-trees',
      definition: 'created',
      cases: { created: 3, updated: 0, unchanged: 0 },
    });
    expect((await getRegistryKind(db, city, 'street-trees')).tally).toEqual({
      kind: 'sum',
      field: 'trees',
    });
    const summary = await summarizeRegistry(db, city, 'street-trees', [], {});
    expect(summary.total).toEqual({ key: null, cases: 3, amount: '60' });
    expect(summary.byYear.map((r) => [r.key, r.amount])).toEqual([
      [2022, '55'],
      [2023, '5'],
    ]);
    expect(summary.byDistrict.map((r) => [r.key, r.cases, r.amount])).toEqual([
      ['乙區', 1, '15'],
      ['甲區', 2, '45'],
    ]);
    const filtered = await summarizeRegistry(db, city, 'street-trees', [], {
      district: '甲區',
      year: 2022,
    });
    expect(filtered.total).toEqual({ key: null, cases: 1, amount: '40' });
  });

  it('refuses a definition whose summed field is text, and stores nothing', async () => {
    const { db } = getDb();
    const path = join(folder, 'broken.yaml');
    await writeFile(
      path,
      file.replace('field: trees', 'field: site').replace('street-trees', 'broken-trees'),
    );
    await expect(loadRegistryFile(db, city, path, actor)).rejects.toThrow(
      'tally.field: "site" is a text field; only a number field can be summed',
    );
    await expect(getRegistryKind(db, city, 'broken-trees')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
