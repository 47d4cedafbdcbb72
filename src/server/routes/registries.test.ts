import { beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import type {
  registryCaseListResponse,
  registryFeedsResponse,
  registryResponse,
} from '../../contracts/api/registries.js';
import type { RegistryDefinition } from '../../core/registries/definition.js';
import { listAuditEntries } from '../../db/audit/list-audit.js';
import { importRegistryCases } from '../../db/registries/import-cases.js';
import { defineRegistryKind, getRegistryKind } from '../../db/registries/kinds.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { createApp } from '../app.js';
import { seedKaohsiungRegistries } from '../../db/test-support/kaohsiung-registries.js';
import { ApiClient, signedInAs } from '../test-support/api-client.js';

type Feeds = z.infer<typeof registryFeedsResponse>;
const registries = '/cities/kaohsiung/registries';
const visitsFile = (...rows: string[]) =>
  new TextEncoder().encode(['年份,場所,統一編號,備註', ...rows].join('\n'));
const importUrl = `${registries}/counselling-visits/import?filename=${encodeURIComponent('輔導名單.csv')}&mapping=${encodeURIComponent(JSON.stringify({ year: '年份', company: '場所', taxId: '統一編號' }))}`;

describeEachDatabase('registries over the API', (getDb) => {
  // Anyone, a clerk of epb (which keeps the visits) and one of edb.
  const clients = new Map<'anyone' | 'epb' | 'edb' | 'reviewer', ApiClient>();
  const as = (who: 'anyone' | 'epb' | 'edb' | 'reviewer') => {
    const client = clients.get(who);
    if (!client) throw new Error(`no client ${who}`);
    return client;
  };
  beforeAll(async () => {
    const { db, engine } = getDb();
    await seedKaohsiungRegistries(db);
    const app = createApp({ db, engine, log: () => undefined });
    clients.set('anyone', new ApiClient(app));
    for (const agency of ['epb', 'edb'] as const)
      clients.set(agency, await signedInAs(app, db, `${agency}-clerk`, 'agency_editor', [agency]));
    clients.set('reviewer', await signedInAs(app, db, 'secretariat', 'reviewer'));
  });

  const visitsFeed = async () => {
    const { body } = await as('anyone').json<Feeds>('GET', '/cities/kaohsiung/registry-feeds');
    return body.find((f) => f.kind === 'counselling-visits');
  };

  it("shows anyone Table 2's totals by stage from the fishery-solar cases", async () => {
    const { status, body } = await as('anyone').json<z.infer<typeof registryResponse>>(
      'GET',
      `${registries}/fishery-solar-cases`,
    );
    expect(status).toBe(200);
    const stage = body.summary.byField.find((f) => f.field === 'stage')?.rows;
    expect(stage?.map((r) => [r.key, r.cases, r.amount])).toEqual([
      ['applied', 146, '262.21'],
      ['approved', 75, '215.18'],
    ]);
  });

  it('shows 製造3 computed from the visits beside its published 29', async () => {
    const feed = await visitsFeed();
    expect(feed?.indicator?.unit).toBe('家次');
    expect(feed?.comparison?.toDate).toMatchObject({
      published: '29',
      computed: '13',
      difference: '16',
      reason: 'registry_short',
    });
  });

  it("lets only the registry's own agency import, refuses a bad row by cell, then takes the fix", async () => {
    const bad = visitsFile('112年10月,測試公司甲,12345678,', '108,測試公司乙,,');
    const other = await as('edb').json('POST', importUrl, bad);
    expect(other.status).toBe(403);
    const refused = await as('epb').json<{ code: string; details: { path: string }[] }>(
      'POST',
      importUrl,
      bad,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.details.map((d) => d.path)).toEqual(['A3']);
    expect((await visitsFeed())?.comparison?.toDate?.computed).toBe('13');

    const fixed = visitsFile('112年9月,測試公司甲,12345678,');
    const taken = await as('epb').json('POST', importUrl, fixed);
    expect(taken).toMatchObject({ status: 200, body: { created: 1, updated: 0, unchanged: 0 } });
    const feed = await visitsFeed();
    expect(feed?.comparison?.figures.at(-1)).toMatchObject({
      computed: '7',
      reason: 'registry_over',
    });
    expect(feed?.comparison?.toDate?.computed).toBe('14');
    // The import, then the mapping it worked with, kept for the agency's next file.
    const [mapped, imported] = await listAuditEntries(getDb().db, 'kaohsiung', { limit: 2 });
    expect(imported).toMatchObject({ action: 'registry.import', actor: 'epb-clerk' });
    expect(mapped).toMatchObject({ action: 'registry.mapping', actor: 'epb-clerk' });
    const kept = await as('epb').json('GET', `${registries}/counselling-visits/mapping`);
    expect(kept.body).toEqual({ mapping: { year: '年份', company: '場所', taxId: '統一編號' } });
    expect((await as('edb').json('GET', `${registries}/counselling-visits/mapping`)).status).toBe(
      403,
    );

    const again = await as('epb').json('POST', importUrl, fixed);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('filters the case list by year', async () => {
    const { body } = await as('anyone').json<z.infer<typeof registryCaseListResponse>>(
      'GET',
      `${registries}/counselling-visits/cases?year=2022`,
    );
    expect(body.total).toBe(3);
    expect(body.cases.every((c) => c.placedOn === '2022-12-31')).toBe(true);
  });

  it("withholds a private field's values from all but the secretariat and the keeping agency", async () => {
    const { db } = getDb();
    const visits = await getRegistryKind(db, 'kaohsiung', 'counselling-visits');
    const contacts: RegistryDefinition = {
      ...visits,
      code: 'visit-contacts',
      name: { zh: '輔導聯絡人（合成資料）', en: 'Visit contacts (synthetic)' },
      fields: [
        ...visits.fields,
        {
          key: 'contact',
          label: { zh: '聯絡人', en: 'Contact' },
          type: 'text',
          required: false,
          private: true,
        },
      ],
    };
    await defineRegistryKind(db, 'kaohsiung', contacts, 'test');
    const values = { year: '112年1-9月', company: '測試公司丙', contact: '王小明' };
    await importRegistryCases(db, 'kaohsiung', 'visit-contacts', [{ values }], 'test', {
      name: 'synthetic',
    });
    type Page = z.infer<typeof registryCaseListResponse>;
    const seen = async (who: 'anyone' | 'epb' | 'edb' | 'reviewer') => {
      const list = await as(who).json<Page>('GET', `${registries}/visit-contacts/cases`);
      const id = list.body.cases[0]?.id ?? 0;
      const one = await as(who).json<Page['cases'][number]>(
        'GET',
        `${registries}/visit-contacts/cases/${String(id)}`,
      );
      return [list.body.cases[0]?.values.contact, one.body.values.contact];
    };
    expect(await seen('anyone')).toEqual([undefined, undefined]);
    expect(await seen('edb')).toEqual([undefined, undefined]);
    expect(await seen('epb')).toEqual(['王小明', '王小明']);
    expect(await seen('reviewer')).toEqual(['王小明', '王小明']);
  });
});
