import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../city/seed-dataset.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { listProjects, projectPage } from './read-projects.js';
import { seedCredits } from './seed-credits.js';

describeEachDatabase('the shipped offset projects of Kaohsiung', (getDb) => {
  beforeAll(async () => {
    await seedDataset(getDb().db, 'kaohsiung');
  });

  it('records 漢程客運’s first monitoring period as the report gives it, once', async () => {
    const { db } = getDb();
    expect(await seedCredits(db, 'kaohsiung', 'system:test')).toBe('created');
    expect(await seedCredits(db, 'kaohsiung', 'system:test')).toBe('unchanged');
    const page = await projectPage(db, 'kaohsiung', 'hancheng-electric-buses', 'public');
    expect(page.project).toMatchObject({
      proponent: '漢程客運',
      measure: { plan: 'phase2', sector: 'manufacturing', no: 4 },
      registration: { status: 'registered', number: null, date: null },
      totals: { verifiedTonnes: '0', issued: 0, retired: 0, used: 0, outstanding: 0 },
    });
    // 首次監測期為 110 年 4 月 29 日至 112 年 4 月 30 日，減量效益為 1,367 噸 — claimed, not verified.
    expect(page.periods).toMatchObject([
      {
        no: 1,
        startsOn: '2021-04-29',
        endsOn: '2023-04-30',
        reportedTonnes: '1367',
        verifiedTonnes: null,
        issued: 0,
        issuable: 0,
      },
    ]);
    expect(page.history).toEqual([]);
  });

  it('shows the public the registered project only; 三芳化工 applied for registration', async () => {
    const { db } = getDb();
    const codes = (list: { code: string }[]) => list.map((p) => p.code);
    expect(codes(await listProjects(db, 'kaohsiung', 'public'))).toEqual([
      'hancheng-electric-buses',
    ]);
    expect(codes(await listProjects(db, 'kaohsiung', 'registry'))).toEqual([
      'hancheng-electric-buses',
      'sanfang-chemical',
    ]);
  });
});
