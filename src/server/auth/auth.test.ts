import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { createApp } from '../app.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../test-support/api-client.js';
import { AttemptLimiter, MAX_FAILURES } from './login-throttle.js';

describeEachDatabase('sign-in, sessions and CSRF', (getDb) => {
  let now = new Date('2026-01-05T02:00:00Z');
  const app = (options: { secureCookies?: boolean; limiter?: AttemptLimiter } = {}) =>
    createApp({
      db: getDb().db,
      engine: getDb().engine,
      now: () => now,
      secureCookies: options.secureCookies,
      loginLimiter: options.limiter,
    });

  beforeAll(async () => {
    await seedDataset(getDb().db, 'kaohsiung');
    await addUser(getDb().db, 'kaohsiung', 'clerk', 'agency_editor', ['epb']);
    await addUser(getDb().db, 'kaohsiung', 'locked-out', 'viewer');
  });

  it('signs in with an HttpOnly SameSite cookie and ends the session on the server at sign-out', async () => {
    const client = new ApiClient(app({ secureCookies: true }));
    const res = await client.signIn('kaohsiung', 'clerk', TEST_PASSWORD);
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('nz_session='));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Secure/);
    const me = await client.json<{ user: { username: string; role: string; agencies: string[] } }>(
      'GET',
      '/session',
    );
    expect(me.body.user).toMatchObject({
      username: 'clerk',
      role: 'agency_editor',
      agencies: ['epb'],
    });
    const stolen = client.cookie('nz_session');
    expect((await client.request('DELETE', '/session')).status).toBe(200);
    // The old cookie, replayed, opens nothing: the session row is gone.
    const replay = await app().request('/api/v1/session', {
      headers: { Cookie: `nz_session=${stolen ?? ''}` },
    });
    expect(((await replay.json()) as { user: unknown }).user).toBeNull();
    const rows = await getDb()
      .db.selectFrom('sessions')
      .selectAll()
      .where('username', '=', 'clerk')
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses a state-changing request without the CSRF token, and with a wrong one', async () => {
    const client = new ApiClient(app());
    await client.signIn('kaohsiung', 'clerk', TEST_PASSWORD);
    const missing = await client.request('DELETE', '/session', undefined, { 'X-CSRF-Token': '' });
    expect(missing.status).toBe(403);
    expect(await missing.json()).toMatchObject({
      code: 'FORBIDDEN',
      details: [{ path: 'X-CSRF-Token', message: 'missing' }],
    });
    const wrong = await client.request('DELETE', '/session', undefined, {
      'X-CSRF-Token': 'x'.repeat(43),
    });
    expect(wrong.status).toBe(403);
    // Still signed in: the forged sign-out did nothing.
    expect((await client.json<{ user: unknown }>('GET', '/session')).body.user).not.toBeNull();
  });

  it('refuses a sign-in posted without the pre-session CSRF cookie (login CSRF)', async () => {
    const res = await app().request('/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': 'whatever' },
      body: JSON.stringify({ city: 'kaohsiung', username: 'clerk', password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(403);
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const a = await new ApiClient(app()).signIn('kaohsiung', 'clerk', 'wrong password!!');
    const b = await new ApiClient(app()).signIn('kaohsiung', 'nobody', 'wrong password!!');
    expect([a.status, b.status]).toEqual([401, 401]);
    expect(await a.json()).toEqual(await b.json());
  });

  it(`locks an account after ${MAX_FAILURES} failures for fifteen minutes, even for the right password`, async () => {
    const client = new ApiClient(app());
    for (let i = 0; i < MAX_FAILURES; i++)
      expect((await client.signIn('kaohsiung', 'locked-out', 'not the password')).status).toBe(401);
    const locked = await client.signIn('kaohsiung', 'locked-out', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(await locked.json()).toMatchObject({ code: 'RATE_LIMITED' });
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await client.signIn('kaohsiung', 'locked-out', TEST_PASSWORD)).status).toBe(200);
  });

  it('limits sign-in attempts per client address', async () => {
    const client = new ApiClient(app({ limiter: new AttemptLimiter(3, 60_000) }));
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await client.signIn('kaohsiung', `guess${i}`, 'password guess')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('refuses a malformed sign-in body naming the fields, and an oversized body with 413', async () => {
    const client = await new ApiClient(app()).start();
    const bad = await client.json<{ code: string; details: { path: string }[] }>(
      'POST',
      '/session',
      { city: 'kaohsiung' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d) => d.path)).toEqual(['body.username', 'body.password']);
    const huge = await client.request('POST', '/session', {
      city: 'kaohsiung',
      username: 'x',
      password: 'y'.repeat(300_000),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
