import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { presentPlanSummary } from '../../contracts/plan-summary.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { getPlanSummary } from '../../db/plans/plan-summary.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { createApp } from '../app.js';

describeEachDatabase('public API', (getDb) => {
  let webRoot = '';
  const app = () => createApp({ db: getDb().db, engine: getDb().engine, webRoot });
  beforeAll(async () => {
    await seedDataset(getDb().db, 'kaohsiung');
    webRoot = await mkdtemp(join(tmpdir(), 'netzero-web-'));
    await mkdir(join(webRoot, 'assets'));
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>SPA</title>');
    await writeFile(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
  });
  afterAll(async () => {
    await rm(webRoot, { recursive: true, force: true });
  });

  it('answers the health check with the engine', async () => {
    const res = await app().request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', engine: getDb().engine });
  });

  it('lists the cities and their plans', async () => {
    expect(await (await app().request('/api/v1/cities')).json()).toEqual([
      { code: 'kaohsiung', name: '高雄市', nameEn: 'Kaohsiung City' },
    ]);
    const plans = (await (await app().request('/api/v1/cities/kaohsiung/plans')).json()) as {
      code: string;
      measures: number;
      sectors: unknown[];
      dataThrough: string | null;
    }[];
    expect(plans.map((p) => [p.code, p.measures, p.sectors.length, p.dataThrough])).toEqual([
      ['phase2', 58, 6, '2023-09-30'],
    ]);
  });

  it('returns the same summary JSON as the CLI', async () => {
    const res = await app().request(
      '/api/v1/cities/kaohsiung/plans/phase2/summary?asOf=2023-09-30',
    );
    expect(res.status).toBe(200);
    const expected = presentPlanSummary(
      await getPlanSummary(getDb().db, 'kaohsiung', 'phase2', '2023-09-30'),
    );
    expect(await res.json()).toEqual(expected);
  });

  it('refuses a malformed as-of date naming the field', async () => {
    const res = await app().request(
      '/api/v1/cities/kaohsiung/plans/phase2/summary?asOf=2023-13-01',
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; details: { path: string }[] };
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details[0]?.path).toBe('query.asOf');
  });

  it('answers an unknown plan with NOT_FOUND', async () => {
    const res = await app().request('/api/v1/cities/kaohsiung/plans/nope/summary?asOf=2023-09-30');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows a measure with its figures, expected line and status', async () => {
    const summary = presentPlanSummary(
      await getPlanSummary(getDb().db, 'kaohsiung', 'phase2', '2023-09-30'),
    );
    const first = summary.measures.find((m) =>
      m.indicators.some((i) => i.targetKind === 'cumulative'),
    );
    if (!first) throw new Error('Kaohsiung has a cumulative indicator');
    const res = await app().request(
      `/api/v1/cities/kaohsiung/plans/phase2/measures/${first.sector}/${first.no}?asOf=2023-09-30`,
    );
    expect(res.status).toBe(200);
    const detail = (await res.json()) as {
      status: string;
      indicators: {
        key: string;
        unit: string;
        results: unknown[];
        yearly: { date: string }[];
        status: string;
      }[];
    };
    expect(detail.status).toBe(first.status);
    const indicator = detail.indicators.find((i) => i.key === first.indicators[0]?.key);
    expect(indicator?.unit).toBe(first.indicators[0]?.unit);
    expect(indicator?.status).toBe(first.indicators[0]?.status);
    expect(indicator?.yearly.map((y) => y.date)).toContain('2023-09-30');
    expect(indicator?.yearly.map((y) => y.date)).toContain('2025-12-31');
  });

  it('serves the web app with a fallback to index.html, and JSON 404 under /api', async () => {
    const page = await app().request('/measures/energy/1');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('SPA');
    expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(page.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    const asset = await app().request('/assets/app.js');
    expect(asset.headers.get('Content-Type')).toContain('javascript');
    const api = await app().request('/api/v1/nothing');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ code: 'NOT_FOUND' });
    const escape = await app().request('/../../etc/passwd');
    expect(await escape.text()).toContain('SPA');
  });

  it('explains a missing web build on a page', async () => {
    const res = await createApp({
      db: getDb().db,
      engine: getDb().engine,
      webRoot: '/nonexistent',
    }).request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('dist/web is missing');
  });
});
