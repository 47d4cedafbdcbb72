import { beforeAll, expect, it } from 'vitest';
import { HEADER_BEFORE_SPECIES as HEADER } from '../../contracts/test-support/inventory-upload.js';
import type {
  CarbonBudgetListResponse,
  EmissionsSeriesResponse,
  InventoryResponse,
  MoneyBudgetListResponse,
  PathwayResponse,
} from '../../contracts/api/emissions.js';
import type { ApiError } from '../../contracts/api/common.js';
import { verifyAudit } from '../../db/audit/verify-audit.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { createApp } from '../app.js';
import { ApiClient, signedInAs } from '../test-support/api-client.js';
import { type InventoryStatus } from '../../core/vocabulary/lists.js';

const c = '/cities/kaohsiung';
/** CO₂ 1,000 kg + CH₄ 10 kg + N₂O 1 kg: 1.545 t CO₂e under AR5, 1.552 t under AR6. */
const inventory = (year: number, status: InventoryStatus) => `${HEADER}
${year},AR5,${status},industry_manufacturing,1,gas_mass,CO2,,1000,kg,,,,,,,,
${year},AR5,${status},industry_manufacturing,1,gas_mass,CH4,,10,kg,,,,,,,,
${year},AR5,${status},industry_manufacturing,1,gas_mass,N2O,,1,kg,,,,,,,,
${year},AR5,${status},agriculture_livestock,1,notation,,,,,,,,,NO,市內無畜牧,,
`;

describeEachDatabase('emissions over HTTP', (getDb) => {
  let anonymous: ApiClient;
  let reviewer: ApiClient;
  let admin: ApiClient;

  const auditCount = async (action: string) =>
    (
      await getDb()
        .db.selectFrom('audit_log')
        .select('seq')
        .where('city_id', '=', 'kaohsiung')
        .where('action', '=', action)
        .execute()
    ).length;
  const inventoryYears = async () =>
    (
      await getDb()
        .db.selectFrom('inventories')
        .select('year')
        .where('city_id', '=', 'kaohsiung')
        .orderBy('year')
        .execute()
    ).map((r) => r.year);

  beforeAll(async () => {
    const { db, engine } = getDb();
    await seedDataset(db, 'kaohsiung');
    // A second budget still in draft: only the city's admin and reviewers may see it.
    await db
      .insertInto('carbon_budgets')
      .values({
        city_id: 'kaohsiung',
        code: 'cb-2027-2028',
        name: '第二期碳預算 (test draft)',
        start_year: 2027,
        end_year: 2028,
        cap_t: '48000000',
        cap_basis: 'annual',
        status: 'draft',
        source_code: null,
        notes: '[]',
        position: 1,
      })
      .execute();
    const app = createApp({ db, engine });
    anonymous = await new ApiClient(app).start();
    reviewer = await signedInAs(app, db, 'reviewer', 'reviewer');
    admin = await signedInAs(app, db, 'admin', 'admin');
  });

  it('serves the series: the 2005 base year and later years, exact strings', async () => {
    const { status, body } = await anonymous.json<EmissionsSeriesResponse>('GET', `${c}/emissions`);
    expect(status).toBe(200);
    expect(body.includesDrafts).toBe(false);
    expect(body.figures).toContainEqual({
      year: 2005,
      basis: 'net',
      valueT: '66140000',
      source: 'report-112',
    });
    expect(body.figures).toContainEqual({
      year: 2021,
      basis: 'gross',
      valueT: '58550000',
      source: 'report-112',
    });
    expect(body.actuals.map((a) => `${a.year}:${a.netT}:${a.origin}`)).toEqual([
      '2005:66140000:figure',
      '2016:57814700:figure',
      '2020:53310000:figure',
      '2021:57370000:figure',
      '2022:52350000:figure',
      '2023:49520000:figure',
    ]);
    expect(body.inventories).toEqual([]);
  });

  it('serves targets, pathway and gap per year', async () => {
    const { status, body } = await anonymous.json<PathwayResponse>('GET', `${c}/pathway`);
    expect(status).toBe(200);
    expect(body.baseYear).toBe(2005);
    expect(body.targets).toEqual([
      {
        year: 2030,
        kind: 'reduction',
        baseYear: 2005,
        reductionPercent: '30',
        source: 'report-112',
      },
      {
        year: 2050,
        kind: 'net_zero',
        baseYear: null,
        reductionPercent: null,
        source: 'report-112',
      },
    ]);
    const year = (y: number) => body.years.find((g) => g.year === y);
    expect(year(2005)).toMatchObject({ pathwayT: '66140000', origin: 'baseline' });
    // −30 % of 6,614 萬公噸; the line falls 793,680 t a year to it, so 2023 is 51,853,760 t.
    expect(year(2030)).toMatchObject({ pathwayT: '46298000', origin: 'target', actualT: null });
    expect(year(2050)).toMatchObject({ pathwayT: '0', origin: 'target' });
    expect(year(2023)).toMatchObject({
      pathwayT: '51853760',
      actualT: '49520000',
      gapT: '-2333760',
      origin: 'linear',
    });
  });

  it('shows the approved 2025–2026 budget to anyone, the draft only to admin and reviewers', async () => {
    const pub = await anonymous.json<CarbonBudgetListResponse>('GET', `${c}/carbon-budgets`);
    expect(pub.status).toBe(200);
    expect(pub.body.budgets.map((b) => b.code)).toEqual(['cb-2025-2026']);
    expect(pub.body.budgets[0]).toMatchObject({
      capT: '50937300',
      capBasis: 'annual',
      periodCapT: '101874600',
      // The pathway's 2025 (50,266,400) + 2026 (49,472,720): what the targets imply.
      pathwayCapT: '99739120',
      actualT: '0',
      complete: false,
      remainingT: '101874600',
      allocations: [],
      approval: 'council_approved',
      version: 2,
      history: [{ from: 'committee_reviewed', to: 'council_approved', by: '高雄市議會' }],
    });
    const staff = await reviewer.json<CarbonBudgetListResponse>('GET', `${c}/carbon-budgets`);
    expect(staff.body.includesDrafts).toBe(true);
    expect(staff.body.budgets.map((b) => `${b.code}:${b.approval}`)).toEqual([
      'cb-2025-2026:council_approved',
      'cb-2027-2028:draft',
    ]);
  });

  it('moves a budget one step, audited; a stale version is 409 and a bad step 400, nothing written', async () => {
    const url = `${c}/carbon-budgets/cb-2027-2028/transitions`;
    const moved = await admin.json<CarbonBudgetListResponse['budgets'][number]>('POST', url, {
      version: 1,
      to: 'committee_reviewed',
      by: '高雄市淨零城市推動委員會',
      note: 'reviewed',
    });
    expect(moved.status).toBe(201);
    expect(moved.body).toMatchObject({ approval: 'committee_reviewed', version: 2 });
    expect(moved.body.history).toMatchObject([
      { from: 'draft', to: 'committee_reviewed', by: '高雄市淨零城市推動委員會', note: 'reviewed' },
    ]);
    const [entry] = await getDb()
      .db.selectFrom('audit_log')
      .select(['actor', 'entity_key', 'before', 'after'])
      .where('city_id', '=', 'kaohsiung')
      .where('action', '=', 'carbon_budget.transition')
      .execute();
    expect(entry).toMatchObject({
      actor: 'admin',
      entity_key: 'cb-2027-2028',
      before: { status: 'draft', version: 1 },
      after: { status: 'committee_reviewed', version: 2 },
    });
    expect(await verifyAudit(getDb().db, 'kaohsiung')).toMatchObject({ ok: true });

    const stale = await admin.json<ApiError>('POST', url, {
      version: 1,
      to: 'council_approved',
      by: '高雄市議會',
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'CONFLICT',
      current: { status: 'committee_reviewed', version: 2 },
    });
    const bad = await admin.json<ApiError>('POST', url, { version: 2, to: 'approved', by: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d) => d.path).sort()).toEqual(['body.by', 'body.to']);
    const skipped = await admin.json<ApiError>(
      'POST',
      `${c}/carbon-budgets/cb-2025-2026/transitions`,
      {
        version: 2,
        to: 'draft',
        by: 'x',
      },
    );
    expect(skipped.status).toBe(409);
    expect(await auditCount('carbon_budget.transition')).toBe(1);
    // Reviewers may read the draft, not move it.
    expect((await reviewer.request('POST', url, { version: 2, to: 'draft', by: 'x' })).status).toBe(
      403,
    );
  });

  it('serves the money budget: 275 億 declared, transport 219 億, the rest unknown (null, not 0)', async () => {
    const { status, body } = await anonymous.json<MoneyBudgetListResponse>(
      'GET',
      `${c}/money-budgets`,
    );
    expect(status).toBe(200);
    expect(body).toHaveLength(1);
    const [budget] = body;
    expect(budget).toMatchObject({
      code: 'netzero-2024',
      year: 2024,
      declaredTotalNtd: '27500000000',
      knownNtd: '21900000000',
      unattributedNtd: '5600000000',
    });
    expect(
      budget?.domains.map((d) => `${d.domain}:${String(d.totalNtd)}:${d.unknownItems}`),
    ).toEqual([
      'transport:21900000000:0',
      'resource_circulation:null:1',
      'green_living:null:1',
      'natural_sinks:null:1',
      'agriculture:null:1',
    ]);
  });

  it('adds a draft budget with allocations; refuses allocations off the cap, overlaps and unknown sectors', async () => {
    const budgetCodes = async () =>
      (
        await getDb()
          .db.selectFrom('carbon_budgets')
          .select('code')
          .where('city_id', '=', 'kaohsiung')
          .orderBy('code')
          .execute()
      ).map((b) => b.code);
    const before = await budgetCodes();
    const good = {
      code: 'cb-2029-2030',
      startYear: 2029,
      endYear: 2030,
      capT: '46000000',
      capBasis: 'annual',
      allocations: [
        { sector: 'industry', capT: '38000000' },
        { sector: 'transport', capT: '3500000.5' },
        { sector: 'residential_commercial', capT: '4499999.5' },
      ],
    };
    const off = await admin.json<ApiError>('POST', `${c}/carbon-budgets`, {
      ...good,
      allocations: [...good.allocations.slice(0, 2), { sector: 'waste', capT: '4500000' }],
    });
    expect(off.status).toBe(400);
    expect(off.body.details).toEqual([
      {
        path: 'body.allocations',
        message: 'sector allocations add up to 46000000.5 t, not the cap 46000000 t',
      },
    ]);
    const overlap = await admin.json<ApiError>('POST', `${c}/carbon-budgets`, {
      ...good,
      startYear: 2026,
    });
    expect(overlap.status).toBe(400);
    // 2026–2030 overlaps both the approved budget and the draft one.
    expect(overlap.body.details.map((d) => d.path)).toEqual(['body.startYear', 'body.startYear']);
    expect(overlap.body.message).toMatch(
      /overlaps budget "cb-2025-2026".*overlaps budget "cb-2027-2028"/,
    );
    const unknown = await admin.json<ApiError>('POST', `${c}/carbon-budgets`, {
      ...good,
      capT: '46,000,000',
      allocations: [{ sector: 'steel', capT: '46000000' }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.map((d) => d.path).sort()).toEqual([
      'body.allocations.0.sector',
      'body.capT',
    ]);
    expect(await budgetCodes()).toEqual(before);
    expect(await auditCount('carbon_budget.create')).toBe(0);

    const created = await admin.json<CarbonBudgetListResponse['budgets'][number]>(
      'POST',
      `${c}/carbon-budgets`,
      good,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'cb-2029-2030',
      approval: 'draft',
      version: 1,
      periodCapT: '92000000',
      allocations: [
        { sector: 'industry', capT: '76000000' },
        { sector: 'transport', capT: '7000001' },
        { sector: 'residential_commercial', capT: '8999999' },
      ],
    });
    expect(await auditCount('carbon_budget.create')).toBe(1);
    const again = await admin.json<ApiError>('POST', `${c}/carbon-budgets`, good);
    expect(again.status).toBe(409);
    // The new draft stays hidden; cb-2027-2028 is public since the committee reviewed it above.
    const pub = await anonymous.json<CarbonBudgetListResponse>('GET', `${c}/carbon-budgets`);
    expect(pub.body.budgets.map((b) => `${b.code}:${b.approval}`)).toEqual([
      'cb-2025-2026:council_approved',
      'cb-2027-2028:committee_reviewed',
    ]);
  });

  it('refuses a bad inventory CSV with row and column named, and writes nothing', async () => {
    const before = await auditCount('inventory.import');
    const bad = inventory(2024, 'published')
      .replace('CH4,,10,kg', 'CO,,10,kg')
      .replace('NO,市內無畜牧', 'NO,');
    const res = await admin.json<ApiError>('POST', `${c}/inventories`, { csv: bad });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const paths = res.body.details.map((d) => `${d.path}: ${d.message}`).join('\n');
    expect(paths).toMatch(/row 3, column gas: unknown gas/);
    expect(paths).toMatch(/row 5, column explanation/);
    expect(await inventoryYears()).toEqual([]);
    expect(await auditCount('inventory.import')).toBe(before);
    const noBody = await admin.json<ApiError>('POST', `${c}/inventories`, { replace: 'yes' });
    expect(noBody.status).toBe(400);
    expect(noBody.body.details.map((d) => d.path).sort()).toEqual(['body.csv', 'body.replace']);
  });

  it('uploads inventories (audited); a draft stays hidden from anonymous readers', async () => {
    for (const [year, status] of [
      [2024, 'published'],
      [2025, 'draft'],
    ] as const) {
      const res = await admin.json('POST', `${c}/inventories`, { csv: inventory(year, status) });
      expect(res).toEqual({ status: 201, body: { years: [year], entries: 4 } });
    }
    expect(await auditCount('inventory.import')).toBe(2);
    const again = await admin.json<ApiError>('POST', `${c}/inventories`, {
      csv: inventory(2024, 'published'),
    });
    expect(again.status).toBe(409);

    const pub = await anonymous.json<EmissionsSeriesResponse>('GET', `${c}/emissions`);
    expect(pub.body.inventories).toEqual([
      {
        year: 2024,
        gwpSet: 'AR5',
        status: 'published',
        grossT: '1.545',
        sinksT: '0',
        netT: '1.545',
        bySector: expect.objectContaining({ industry: '1.545', agriculture: '0' }) as unknown,
        byScope: { '1': '1.545', '2': '0', '3': '0' },
      },
    ]);
    expect(pub.body.actuals.at(-1)).toEqual({ year: 2024, netT: '1.545', origin: 'inventory' });
    const staff = await reviewer.json<EmissionsSeriesResponse>('GET', `${c}/emissions`);
    expect(staff.body.inventories.map((i) => `${i.year}:${i.status}`)).toEqual([
      '2024:published',
      '2025:draft',
    ]);
    expect((await anonymous.request('GET', `${c}/inventories/2025`)).status).toBe(404);
    expect((await reviewer.request('GET', `${c}/inventories/2025`)).status).toBe(200);

    const detail = await anonymous.json<InventoryResponse>('GET', `${c}/inventories/2024`);
    expect(
      detail.body.entries.map(
        (e) => `${e.gpc}:${e.method}:${String(e.gas)}:${String(e.tonnesCO2e)}`,
      ),
    ).toEqual([
      'I.3.1:gas_mass:CO2:1',
      'I.3.1:gas_mass:CH4:0.28',
      'I.3.1:gas_mass:N2O:0.265',
      'V.1:notation:null:null',
    ]);
    expect(detail.body.entries[3]).toMatchObject({ notationKey: 'NO', explanation: '市內無畜牧' });

    const gpc = await anonymous.request('GET', `${c}/inventories/2024/gpc`);
    expect(gpc.status).toBe(200);
    expect(gpc.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const text = await gpc.text();
    expect(text).toContain(
      '2024,AR5,I.3.1,industry,industry_manufacturing,製造業及營造業能源使用,1,CH4,0.28,',
    );
    expect(text).toContain('2024,AR5,TOTAL,net,,,,,1.545,');
  });

  it("switches an inventory's GWP set (audited), refusing a stale one", async () => {
    const url = `${c}/inventories/2024`;
    const res = await admin.json<InventoryResponse>('PATCH', url, {
      gwpSet: 'AR6',
      expectedGwpSet: 'AR5',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ gwpSet: 'AR6', grossT: '1.552', netT: '1.552' });
    const stale = await admin.json<ApiError>('PATCH', url, {
      gwpSet: 'AR4',
      expectedGwpSet: 'AR5',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toEqual({ year: 2024, gwpSet: 'AR6' });
    const bad = await admin.json<ApiError>('PATCH', url, { gwpSet: 'AR7', expectedGwpSet: 'AR6' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d) => d.path)).toEqual(['body.gwpSet']);
    expect(await auditCount('inventory.gwp_set')).toBe(1);
    expect(await verifyAudit(getDb().db, 'kaohsiung')).toMatchObject({ ok: true });
  });

  it('answers 404 for a city it does not have', async () => {
    for (const path of [
      'emissions',
      'pathway',
      'carbon-budgets',
      'money-budgets',
      'inventories/2024',
    ])
      expect((await anonymous.request('GET', `/cities/nowhere/${path}`)).status).toBe(404);
  });
});
