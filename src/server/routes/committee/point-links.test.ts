import { sql, type Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { exportCity } from '../../../db/city/export-city.js';
import { importCity } from '../../../db/city/import-city.js';
import { seedDataset } from '../../../db/city/seed-dataset.js';
import { importCommittee } from '../../../db/committee/import-committee.js';
import { seedIndicators } from '../../../db/indicators/seed-indicators.js';
import type { Tables } from '../../../db/tables.js';
import type { Database } from '../../../db/connect.js';
import { describeEachDatabase } from '../../../db/test-support/databases.js';
import {
  KAOHSIUNG_SEED_MEETING as MEETING,
  loadKaohsiungCommittee,
} from '../../../db/test-support/kaohsiung-committee.js';
import { createApp } from '../../app.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../../test-support/api-client.js';

const M = `/cities/kaohsiung/committee/meetings/${MEETING}`;
const measurePage = '/cities/kaohsiung/plans/phase2/measures/transport/1/committee-points';
/** 石豐宇's point (1) of item 一. */
const point = { kind: 'point', item: 1, comment: 1, point: 1 };
const pointQuery = 'item=1&comment=1&point=1';

/** Counts the audit entries of `action`. */
async function audited(db: Kysely<Tables>, action: string) {
  const { rows } = await sql<{ n: string | number }>`SELECT count(*) AS n FROM audit_log
    WHERE action = ${action}`.execute(db);
  return Number(rows[0]?.n);
}

/** Kaohsiung with the seed meeting and its indicators, the secretariat signed in, anyone else. */
async function linkingClients({ db, engine }: Database) {
  await seedDataset(db, 'kaohsiung');
  await importCommittee(db, 'kaohsiung', await loadKaohsiungCommittee(), 'setup');
  await seedIndicators(db, 'kaohsiung', 'kaohsiung', 'setup');
  await addUser(db, 'kaohsiung', 'sec', 'admin');
  const app = createApp({ db, engine });
  const sec = new ApiClient(app);
  expect((await sec.signIn('kaohsiung', 'sec', TEST_PASSWORD)).status).toBe(200);
  return { sec, anon: await new ApiClient(app).start() };
}

describeEachDatabase("a point's links to a measure and to a sector", (getDb) => {
  let sec: ApiClient;
  let anon: ApiClient;
  const count = (action: string) => audited(getDb().db, action);

  beforeAll(async () => {
    ({ sec, anon } = await linkingClients(getDb()));
    const published = await sec.json('POST', `${M}/publish`, { publishedOn: '2023-11-20' });
    expect(published.status).toBe(200);
  });

  it('links a point to a measure and removes the link: it leaves the measure’s page', async () => {
    const linked = await sec.json('POST', `${M}/measure-links`, {
      subject: point,
      plan: 'phase2',
      sector: 'transport',
      no: 1,
    });
    expect(linked.status).toBe(201);
    const shown = await anon.json<{ reference: string }[]>('GET', measurePage);
    expect(shown.body.map((p) => p.reference)).toContain('一、1.(1)');
    const url = `${M}/measure-links?${pointQuery}&plan=phase2&sector=transport&no=1`;
    expect((await sec.json('DELETE', url)).status).toBe(200);
    const after = await anon.json<{ reference: string }[]>('GET', measurePage);
    expect(after.body.map((p) => p.reference)).not.toContain('一、1.(1)');
    expect(await count('committee.measure_unlink')).toBe(1);
    const again = await sec.json<{ code: string }>('DELETE', url);
    expect(again).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect((await anon.json('DELETE', url)).status).toBe(401);
  });

  it('links a point to a sector once, refuses an unknown sector or point, and removes it', async () => {
    const link = (body: unknown) =>
      sec.json<{ details: { path: string }[] }>('POST', `${M}/sector-links`, body);
    expect((await link({ subject: point, sector: 'transport' })).status).toBe(201);
    const twice = await link({ subject: point, sector: 'transport' });
    expect(twice.status).toBe(409);
    expect(twice.body.details.map((d) => d.path)).toEqual(['sector']);
    const unknown = await link({ subject: point, sector: 'aviation' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.map((d) => d.path)).toEqual(['body.sector']);
    expect((await link({ subject: { ...point, point: 99 }, sector: 'energy' })).status).toBe(404);
    expect(await count('committee.sector_link')).toBe(1);
    const page = await sec.json<{ meeting: { followUp?: { sectors: unknown[] } } }>('GET', M);
    expect(page.body.meeting.followUp?.sectors).toEqual([
      { item: 1, comment: 1, point: 1, sector: 'transport' },
    ]);
    const url = `${M}/sector-links?${pointQuery}&sector=transport`;
    expect((await sec.json('DELETE', url)).status).toBe(200);
    expect((await sec.json('DELETE', url)).status).toBe(404);
    expect(await count('committee.sector_unlink')).toBe(1);
  });

  it('keeps sector links through a whole-city export and import', async () => {
    const { db } = getDb();
    expect(
      (await sec.json('POST', `${M}/sector-links`, { subject: point, sector: 'energy' })).status,
    ).toBe(201);
    const exported = await exportCity(db, 'kaohsiung');
    const meeting = exported.committee?.meetings.find((m) => m.code === MEETING);
    expect(meeting?.followUp?.sectors).toEqual([
      { item: 1, comment: 1, point: 1, sector: 'energy' },
    ]);
    await importCity(db, JSON.parse(JSON.stringify(exported)), { replace: true });
    expect(await exportCity(db, 'kaohsiung')).toEqual(exported);
  });
});

const indicatorPage = '/cities/kaohsiung/sdg-indicators/transport-traffic-safety/committee-points';
const sectorPage = '/cities/kaohsiung/sectors/transport/committee-points';
type Shown = { reference: string; member: string; meeting: string }[];

describeEachDatabase("a point's link to an indicator, and a sector's public points", (getDb) => {
  let sec: ApiClient;
  let anon: ApiClient;
  const count = (action: string) => audited(getDb().db, action);
  const references = async (path: string) =>
    (await anon.json<Shown>('GET', path)).body.map((p) => p.reference);

  beforeAll(async () => {
    ({ sec, anon } = await linkingClients(getDb()));
  });

  it('shows a linked point on the indicator’s and the sector’s public page once the minutes are published', async () => {
    const toIndicator = { subject: point, indicator: 'transport-traffic-safety' };
    expect((await sec.json('POST', `${M}/indicator-links`, toIndicator)).status).toBe(201);
    const toSector = { subject: point, sector: 'transport' };
    expect((await sec.json('POST', `${M}/sector-links`, toSector)).status).toBe(201);
    // Unpublished minutes: the point is not public yet, for anyone reading the public pages.
    expect(await references(indicatorPage)).toEqual([]);
    expect(await references(sectorPage)).toEqual([]);
    const published = await sec.json('POST', `${M}/publish`, { publishedOn: '2023-11-20' });
    expect(published.status).toBe(200);
    const shown = await anon.json<Shown>('GET', indicatorPage);
    expect(shown.body).toMatchObject([
      { reference: '一、1.(1)', member: '石豐宇', meeting: MEETING },
    ]);
    expect(await references(sectorPage)).toEqual(['一、1.(1)']);
    expect(await references('/cities/kaohsiung/sectors/energy/committee-points')).toEqual([]);
    const page = await sec.json<{ meeting: { followUp?: { indicators: unknown[] } } }>('GET', M);
    expect(page.body.meeting.followUp?.indicators).toEqual([
      { item: 1, comment: 1, point: 1, indicator: 'transport-traffic-safety' },
    ]);
    expect(await count('committee.indicator_link')).toBe(1);
  });

  it('refuses a second link, an unknown indicator or point, a resolution, and anonymous callers', async () => {
    const link = (body: unknown) =>
      sec.json<{ code: string; details: { path: string }[] }>('POST', `${M}/indicator-links`, body);
    const again = await link({ subject: point, indicator: 'transport-traffic-safety' });
    expect(again.status).toBe(409);
    expect(again.body.details.map((d) => d.path)).toEqual(['indicator']);
    const unknown = await link({ subject: point, indicator: 'no-such-indicator' });
    expect(unknown).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(unknown.body.details.map((d) => d.path)).toEqual(['indicator']);
    const noPoint = { subject: { ...point, point: 99 }, indicator: 'transport-traffic-safety' };
    expect((await link(noPoint)).status).toBe(404);
    const resolution = { subject: { kind: 'resolution', resolution: 1 }, indicator: 'x' };
    expect((await link(resolution)).body.details.map((d) => d.path)).toEqual(['subject.kind']);
    const anonymous = { subject: point, indicator: 'social-in-kind-aid-sites' };
    expect((await anon.json('POST', `${M}/indicator-links`, anonymous)).status).toBe(401);
    const badSector = await anon.json('GET', '/cities/kaohsiung/sectors/aviation/committee-points');
    expect(badSector.status).toBe(400);
    expect(await count('committee.indicator_link')).toBe(1);
  });

  it('removes the link, audited: the point leaves the indicator’s page', async () => {
    const url = `${M}/indicator-links?${pointQuery}&indicator=transport-traffic-safety`;
    expect((await anon.json('DELETE', url)).status).toBe(401);
    expect((await sec.json('DELETE', url)).status).toBe(200);
    expect(await references(indicatorPage)).toEqual([]);
    expect(await count('committee.indicator_unlink')).toBe(1);
    const again = await sec.json<{ code: string }>('DELETE', url);
    expect(again).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  });
});
