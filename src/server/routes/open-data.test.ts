import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { DATASETS, LICENCE } from '../../reports/open-data/datasets.js';
import type { ApiClient } from '../test-support/api-client.js';
import { kaohsiungApp } from '../test-support/kaohsiung-app.js';
import { openKaohsiungQ4Round } from '../../db/test-support/rounds.js';

interface Meta {
  city: string;
  updatedAt: string;
  datasets: {
    identifier: string;
    license: string;
    licenseUrl: string;
    updatedAt: string;
    records: number;
    fields: { name: string; zh: string; description: string }[];
    downloads: { csv: string; json: string };
  }[];
}

const base = '/cities/kaohsiung/open-data';

describeEachDatabase('open data over the API', (getDb) => {
  let anonymous: ApiClient;
  let clerk: ApiClient;
  let admin: ApiClient;
  let sub = '';

  beforeAll(async () => {
    const { db } = getDb();
    const { visitor, signedIn } = await kaohsiungApp(getDb());
    anonymous = await visitor();
    clerk = await signedIn('epb-clerk', 'agency_editor', ['epb']);
    admin = await signedIn('sec', 'admin');
    const round = await openKaohsiungQ4Round(db);
    sub = `/cities/kaohsiung/rounds/${round.id}/submissions/transport/1`;
  });

  it('describes the datasets for anyone: licence, update time, fields, download paths', async () => {
    const { status, body } = await anonymous.json<Meta>('GET', base);
    expect(status).toBe(200);
    expect(body.datasets.map((d) => d.identifier)).toEqual(
      DATASETS.map((d) => `kaohsiung-${d.id}`),
    );
    for (const [index, dataset] of body.datasets.entries()) {
      expect(dataset).toMatchObject({ license: LICENCE.name, licenseUrl: LICENCE.url });
      expect(dataset.fields.map((f) => f.name)).toEqual(DATASETS[index]?.fields.map((f) => f.name));
      expect(dataset.records).toBeGreaterThan(0);
      expect(dataset.downloads.csv).toBe(`/api/v1${base}/${DATASETS[index]?.id ?? ''}.csv`);
    }
    // Nothing approved yet: the data is as old as the city's import.
    const city = await getDb()
      .db.selectFrom('cities')
      .select('created_at')
      .where('id', '=', 'kaohsiung')
      .executeTakeFirstOrThrow();
    expect(body.updatedAt).toBe(new Date(city.created_at).toISOString());
  });

  it('serves the CSV as UTF-8 with a BOM and the JSON with its metadata', async () => {
    const csv = await anonymous.request('GET', `${base}/results.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    const header = text.split('\r\n')[0]?.split(',');
    expect(header).toEqual(DATASETS.find((d) => d.id === 'results')?.fields.map((f) => f.name));
    expect(text).toContain('老舊柴油車汰換');
    const json = await anonymous.json<{ metadata: { identifier: string }; data: unknown[] }>(
      'GET',
      `${base}/measures.json`,
    );
    expect(json.body.metadata.identifier).toBe('kaohsiung-measures');
    expect(json.body.data.length).toBeGreaterThan(0);
    const all = await anonymous.json<{ datasets: unknown[] }>('GET', `${base}/metadata.json`);
    expect(all.body.datasets).toHaveLength(3);
  });

  it('refuses unknown files and cities clearly', async () => {
    const bad = await anonymous.json<{ code: string; details: { path: string }[] }>(
      'GET',
      `${base}/results.xml`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'file' }] });
    const city = await anonymous.json<{ code: string }>('GET', '/cities/nowhere/open-data');
    expect(city.status).toBe(404);
    expect(city.body.code).toBe('NOT_FOUND');
    const file = await anonymous.json<{ code: string }>(
      'GET',
      '/cities/nowhere/open-data/results.csv',
    );
    expect(file.status).toBe(404);
  });

  it('shows a draft to nobody, and an approved figure once approved', async () => {
    const resultsCsv = async () => (await anonymous.request('GET', `${base}/results.csv`)).text();
    const before = await resultsCsv();
    const figure = { indicator: 'diesel_trucks', value: '654321', basis: 'increment' };
    const saved = await clerk.json<{ version: number }>('PUT', sub, {
      version: 0,
      figures: [figure],
      qualitativeText: '112年10–12月汰換大型柴油車。',
      laggingExplanation: '補助申請集中於年底。',
    });
    expect(saved.status).toBe(200);
    await clerk.json('POST', `${sub}/submit`, { version: 1 });
    expect(await resultsCsv()).toBe(before);
    expect(before).not.toContain('654321');
    const approved = await admin.json<{ state: string }>('POST', `${sub}/review`, {
      decision: 'approve',
      version: 2,
    });
    expect(approved.body.state).toBe('approved');
    expect(await resultsCsv()).toContain('654321');
    const meta = await anonymous.json<Meta>('GET', base);
    const approval = await getDb()
      .db.selectFrom('audit_log')
      .select('at')
      .where('action', '=', 'submission.approve')
      .executeTakeFirstOrThrow();
    expect(meta.body.updatedAt).toBe(new Date(approval.at).toISOString());
  });
});
