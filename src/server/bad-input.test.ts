import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../db/city/seed-dataset.js';
import { describeEachDatabase } from '../db/test-support/databases.js';
import { createApp } from './app.js';
import { ApiClient, addUser, TEST_PASSWORD } from './test-support/api-client.js';

/** Hostile or broken input is a clear 400 naming the field, never a 500. */
describeEachDatabase('bad input is a 400, never a 500', (getDb) => {
  let app: ReturnType<typeof createApp>;
  let admin: ApiClient;

  beforeAll(async () => {
    const db = getDb().db;
    await seedDataset(db, 'kaohsiung');
    await addUser(db, 'kaohsiung', 'sec', 'admin');
    app = createApp({ db, engine: getDb().engine });
    admin = new ApiClient(app);
    expect((await admin.signIn('kaohsiung', 'sec', TEST_PASSWORD)).status).toBe(200);
  });

  const details = async (res: Response) =>
    ((await res.json()) as { details?: { path: string }[] }).details?.map((d) => d.path) ?? [];

  it('a bad session cookie does not break /health or the API', async () => {
    for (const path of ['/api/v1/health', '/api/v1/session', '/api/v1/cities/kaohsiung/plans']) {
      const res = await app.request(path, {
        headers: { Cookie: 'nz_session=kao%00hsiung.ab; nz_csrf=%E0%A4%A' },
      });
      expect(res.status, path).toBeLessThan(500);
    }
  });

  it('NUL in a body text is a 400 naming the field', async () => {
    const res = await admin.request('POST', '/cities/kaohsiung/rounds', {
      plan: 'phase2',
      title: 'a\u0000b',
      periodStart: '2023-10-01',
      cutOff: '2023-12-31',
      dueDate: '2024-01-31',
    });
    expect(res.status).toBe(400);
    expect(await details(res)).toContain('body.title');
  });

  it('a deeply nested body is a 400, not a stack overflow', async () => {
    // Sent as bytes: a 10 KB body of brackets, which JSON.parse reads and a recursive walk did not.
    const nested = '['.repeat(5000) + ']'.repeat(5000);
    const res = await admin.request(
      'POST',
      '/cities/kaohsiung/rounds',
      new TextEncoder().encode(`{"plan":"phase2","title":${nested}}`),
      { 'Content-Type': 'application/json' },
    );
    expect(res.status).toBe(400);
    expect(await details(res)).toEqual(['body.title']);
  });

  it('NUL in a path parameter is a 400 naming it', async () => {
    const res = await admin.request('GET', '/cities/kaohsiung/plans/ph%00ase2/summary');
    expect(res.status).toBe(400);
    expect(await details(res)).toContain('plan');
  });

  it('a date far outside any plan is a 400 naming it', async () => {
    const far = await admin.request(
      'GET',
      '/cities/kaohsiung/plans/phase2/summary?asOf=9999-12-31',
    );
    expect(far.status).toBe(400);
    expect(await details(far)).toContain('query.asOf');
    const early = await admin.request(
      'GET',
      '/cities/kaohsiung/plans/phase2/summary?asOf=0001-01-01',
    );
    expect(early.status).toBe(400);
  });

  it('a number larger than its column is a 400 naming it', async () => {
    const res = await admin.request('GET', '/cities/kaohsiung/rounds/99999999999');
    expect(res.status).toBe(400);
    expect(await details(res)).toContain('id');
  });

  it('malformed percent-encoding outside the API is a 400', async () => {
    for (const path of ['/%E0%A4%A', '/assets/%zz.js', '/api/v1/cities/%E0%A4%A/plans']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
    }
  });

  it('a version larger than its column is a 400 naming it', async () => {
    const res = await admin.request('PATCH', '/cities/kaohsiung/rounds/1', {
      version: 99999999999,
    });
    expect(res.status).toBeLessThan(500);
  });

  it('a name with a right-to-left override is refused, naming the field', async () => {
    const res = await admin.request('POST', '/cities/kaohsiung/users', {
      username: 'mallory',
      displayName: '\u202egnp.exe',
      role: 'viewer',
      agencies: [],
      password: 'a long enough passphrase',
    });
    expect(res.status).toBe(400);
    expect(await details(res)).toContain('body.displayName');
  });
});
