import { expect, it } from 'vitest';
import { validateCityDocument } from '../../contracts/validate-city-document.js';
import { verifyAudit } from '../audit/verify-audit.js';
import { importCity } from '../city/import-city.js';
import { exportCity } from '../city/export-city.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { getCarbonBudgetStatus, getEmissionsPathway } from './emissions-status.js';
import { getInventoryTotals, setInventoryGwpSet } from './inventory-store.js';
import { getInventorySummaries } from './inventory-summaries.js';
import { at, emissionsCity } from './test-document.js';
import { transitionCarbonBudget } from './transition-budget.js';

describeEachDatabase('emissions in the database', (getDb) => {
  it('imports an inventory, computes it, and recomputes it when its GWP set changes', async () => {
    const { db } = getDb();
    await importCity(db, emissionsCity(), { replace: true });
    const [ar5] = await getInventoryTotals(db, 'testville');
    // 1.545 (three gases) + 0.494 (1,000 kWh) + 0.028 (500 m³ × 0.002 kg CH₄ × 28) = 2.067
    expect(ar5?.grossT.toFixed()).toBe('2.067');
    expect(ar5?.netT.toFixed()).toBe('1.567');
    expect(ar5?.entries.slice(0, 3).reduce((t, e) => t + Number(e.tonnesCO2e), 0)).toBeCloseTo(
      1.545,
      12,
    );
    await setInventoryGwpSet(db, 'testville', 2023, 'AR6', { actor: 'test' });
    const [ar6] = await getInventoryTotals(db, 'testville');
    // 1.552 + 0.494 + 0.0279 = 2.0739
    expect(ar6?.gwpSet).toBe('AR6');
    expect(ar6?.grossT.toFixed()).toBe('2.0739');
    const exported = await exportCity(db, 'testville');
    expect(exported.inventories?.[0]?.gwpSet).toBe('AR6');
    // The SQL-summed path gives the same totals as entry by entry.
    const [summary] = await getInventorySummaries(db, 'testville');
    expect([summary?.grossT, summary?.sinksT, summary?.netT].map((t) => t?.toFixed())).toEqual([
      '2.0739',
      '-0.5',
      '1.5739',
    ]);
    expect(summary?.bySector).toEqual(ar6?.bySector);
    expect(summary?.byScope).toEqual(ar6?.byScope);
  });

  it('exports exactly what was imported, every emissions section included', async () => {
    const { db } = getDb();
    const stored = await importCity(db, emissionsCity(), { replace: true });
    const exported = await exportCity(db, 'testville');
    expect(exported).toEqual(stored);
    expect(exported.inventories?.[0]?.entries[0]).toMatchObject({ massUnit: 'kg' });
    expect(validateCityDocument(JSON.parse(JSON.stringify(exported)))).toEqual(stored);
  });

  it('draws the pathway with its gap and reports the budget against the pathway', async () => {
    const { db } = getDb();
    await importCity(db, emissionsCity(), { replace: true });
    const pathway = await getEmissionsPathway(db, 'testville');
    const at = (y: number) => pathway.trajectory.find((p) => p.year === y)?.valueT.toFixed();
    expect([at(2005), at(2030), at(2040), at(2050)]).toEqual(['1000', '700', '300', '0']);
    const gap2023 = pathway.gap.find((g) => g.year === 2023);
    expect(gap2023?.actualT?.toFixed()).toBe('1.567');
    const [budget] = await getCarbonBudgetStatus(db, 'testville');
    // the line 2005 1,000 → 2030 700 falls 12 t a year: 2025 is 760, 2026 is 748
    expect(budget?.pathwayCapT?.toFixed()).toBe('1508');
    expect(budget?.approval).toBe('committee_reviewed');
  });

  it('records each approval step with who and when, and refuses a skipped step', async () => {
    const { db } = getDb();
    const doc = emissionsCity();
    doc.carbonBudgets = [{ ...at(doc.carbonBudgets, 0), status: 'draft', history: [] }];
    await importCity(db, doc, { replace: true });
    await transitionCarbonBudget(db, 'testville', 'b2025', 'committee_reviewed', '秘書處', {
      at: '2025-05-01T00:00:00.000Z',
    });
    await expect(
      transitionCarbonBudget(db, 'testville', 'b2025', 'draft', 'x'),
    ).resolves.toMatchObject({ seq: 2 });
    await transitionCarbonBudget(db, 'testville', 'b2025', 'committee_reviewed', '推動會');
    await transitionCarbonBudget(db, 'testville', 'b2025', 'council_approved', '市議會');
    await expect(
      transitionCarbonBudget(db, 'testville', 'b2025', 'draft', 'x'),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const history = await db
      .selectFrom('carbon_budget_transitions')
      .select(['seq', 'from_status', 'to_status', 'actor'])
      .where('city_id', '=', 'testville')
      .orderBy('seq')
      .execute();
    expect(history.map((h) => `${h.seq}:${h.from_status}>${h.to_status}:${h.actor}`)).toEqual([
      '1:draft>committee_reviewed:秘書處',
      '2:committee_reviewed>draft:x',
      '3:draft>committee_reviewed:推動會',
      '4:committee_reviewed>council_approved:市議會',
    ]);
    // Each step is also in the hash-chained audit trail, and the chain still verifies.
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'entity_key', 'actor', 'after'])
      .where('city_id', '=', 'testville')
      .where('action', '=', 'carbon_budget.transition')
      .orderBy('seq')
      .execute();
    expect(
      audit.map((a) => `${a.entity_key}:${a.actor}:${(a.after as { status: string }).status}`),
    ).toEqual([
      'b2025:秘書處:committee_reviewed',
      'b2025:x:draft',
      'b2025:推動會:committee_reviewed',
      'b2025:市議會:council_approved',
    ]);
    expect(await verifyAudit(db, 'testville')).toMatchObject({ ok: true, firstBroken: null });
  });

  it('refuses a step from a stale version and writes nothing', async () => {
    const { db } = getDb();
    const doc = emissionsCity();
    doc.carbonBudgets = [{ ...at(doc.carbonBudgets, 0), status: 'draft', history: [] }];
    await importCity(db, doc, { replace: true });
    const steps = () =>
      db
        .selectFrom('audit_log')
        .select('actor')
        .where('city_id', '=', 'testville')
        .where('action', '=', 'carbon_budget.transition')
        .orderBy('seq')
        .execute();
    const before = (await steps()).length;
    await transitionCarbonBudget(db, 'testville', 'b2025', 'committee_reviewed', '推動會', {
      actor: 'alice',
      version: 1,
    });
    await expect(
      transitionCarbonBudget(db, 'testville', 'b2025', 'council_approved', '市議會', {
        actor: 'bob',
        version: 1,
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      current: { status: 'committee_reviewed', version: 2 },
    });
    expect((await steps()).slice(before).map((s) => s.actor)).toEqual(['alice']);
  });
});
