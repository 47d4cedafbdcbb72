import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { exportCity } from '../../../db/city/export-city.js';
import { importCity } from '../../../db/city/import-city.js';
import { seedDataset } from '../../../db/city/seed-dataset.js';
import { importCommittee } from '../../../db/committee/import-committee.js';
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

describeEachDatabase("a point's links to a measure and to a sector", (getDb) => {
  let sec: ApiClient;
  let anon: ApiClient;
  const audited = async (action: string) => {
    const { rows } = await sql<{ n: string | number }>`SELECT count(*) AS n FROM audit_log
      WHERE action = ${action}`.execute(getDb().db);
    return Number(rows[0]?.n);
  };

  beforeAll(async () => {
    const { db, engine } = getDb();
    await seedDataset(db, 'kaohsiung');
    await importCommittee(db, 'kaohsiung', await loadKaohsiungCommittee(), 'setup');
    await addUser(db, 'kaohsiung', 'sec', 'admin');
    const app = createApp({ db, engine });
    sec = new ApiClient(app);
    expect((await sec.signIn('kaohsiung', 'sec', TEST_PASSWORD)).status).toBe(200);
    anon = await new ApiClient(app).start();
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
    expect(await audited('committee.measure_unlink')).toBe(1);
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
    expect(await audited('committee.sector_link')).toBe(1);
    const page = await sec.json<{ meeting: { followUp?: { sectors: unknown[] } } }>('GET', M);
    expect(page.body.meeting.followUp?.sectors).toEqual([
      { item: 1, comment: 1, point: 1, sector: 'transport' },
    ]);
    const url = `${M}/sector-links?${pointQuery}&sector=transport`;
    expect((await sec.json('DELETE', url)).status).toBe(200);
    expect((await sec.json('DELETE', url)).status).toBe(404);
    expect(await audited('committee.sector_unlink')).toBe(1);
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
