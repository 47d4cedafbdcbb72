import { beforeAll, expect, it } from 'vitest';
import type {
  IndicatorListResponse,
  IndicatorResponse,
} from '../../../contracts/api/indicators.js';
import { seedDataset } from '../../../db/city/seed-dataset.js';
import { seedCommittee } from '../../../db/committee/seed-committee.js';
import { recordIndicatorValue, reviseIndicator } from '../../../db/indicators/revise-indicator.js';
import { seedIndicators } from '../../../db/indicators/seed-indicators.js';
import { describeEachDatabase } from '../../../db/test-support/databases.js';
import { createApp } from '../../app.js';

const base = '/api/v1/cities/kaohsiung/sdg-indicators';

describeEachDatabase('sustainability indicators API', (getDb) => {
  const app = () =>
    createApp({
      db: getDb().db,
      engine: getDb().engine,
      now: () => new Date('2026-12-05T00:00:00Z'),
    });
  beforeAll(async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    await seedCommittee(db, 'kaohsiung', 'kaohsiung', 'sec');
    await seedIndicators(db, 'kaohsiung', 'kaohsiung', 'sec');
  });

  it('lists the shipped indicators, tied to no SDG, each 無資料 in the last whole year', async () => {
    const res = await app().request(base);
    expect(res.status).toBe(200);
    const list = (await res.json()) as IndicatorListResponse;
    expect(list.year).toBe(2025);
    expect(list.goals).toHaveLength(17);
    expect(list.goals.flatMap((g) => g.indicators)).toEqual([]);
    expect(list.unlinked).toEqual(['social-in-kind-aid-sites', 'transport-traffic-safety']);
    expect(
      list.indicators.map((i) => [i.name, i.agency.name, i.status?.status, i.status?.reason]),
    ).toEqual([
      ['實物救助服務據點', '社會局', 'no_data', 'no_value'],
      ['交通安全指標', '交通局', 'no_data', 'no_value'],
    ]);
    expect(list.sdgSource).toContain('A/RES/70/1');
  });

  it('shows an indicator with its versions and each year judged against its own version', async () => {
    const { db } = getDb();
    const code = 'social-in-kind-aid-sites';
    const [res0] = [await app().request(`${base}/${code}`)];
    const before = (await res0.json()) as IndicatorResponse;
    const first = before.versions[0];
    if (!first) throw new Error('no version');
    // A test's own revision, not the city's: tied to SDG 1.3 and 2.1 with a 2024 target.
    const { sdgGoalTitles: _g, sdgTargetTitles: _t, ...version } = first;
    const at = { db, city: 'kaohsiung', code, actor: 'sec' };
    await reviseIndicator(at, {
      ...version,
      validFrom: 2024,
      targetsUnknown: false,
      targets: [{ year: 2024, value: '10' }],
      sdgTargets: ['1.3', '2.1'],
    });
    await recordIndicatorValue(at, {
      year: 2024,
      value: '12',
      unit: '處',
      highlight: '新增偏鄉據點',
      explanation: null,
      source: null,
    });
    const res = await app().request(`${base}/${code}?year=2024`);
    expect(res.status).toBe(200);
    const shown = (await res.json()) as IndicatorResponse;
    expect(shown.versions.map((v) => [v.validFrom, v.validTo])).toEqual([
      [2023, 2023],
      [2024, null],
    ]);
    expect(shown.versions[1]?.sdgTargetTitles.map((t) => t.code)).toEqual(['1.3', '2.1']);
    expect(shown.years.map((y) => [y.year, y.status, y.reason, y.validFrom])).toEqual([
      [2023, 'no_data', 'no_value', 2023],
      [2024, 'met', 'at_or_above_target', 2024],
    ]);
    const list = (await (await app().request(`${base}?year=2024`)).json()) as IndicatorListResponse;
    expect(list.goals.filter((g) => g.indicators.length > 0).map((g) => g.number)).toEqual([1, 2]);
  });

  it('answers 404 for an unknown indicator or city, and 400 for a bad year', async () => {
    expect((await app().request(`${base}/nope`)).status).toBe(404);
    expect((await app().request('/api/v1/cities/nowhere/sdg-indicators')).status).toBe(404);
    expect((await app().request(`${base}?year=twenty`)).status).toBe(400);
  });
});
