import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { createApp } from '../app.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../test-support/api-client.js';
import { insertSession } from '../../db/accounts/sessions.js';
import { LOCK_MINUTES, MAX_FAILURES } from './login-throttle.js';

/** Issue 18's lockout findings: who a failure counts against, and from which address. */
describeEachDatabase('sign-in lockout', (getDb) => {
  let now = new Date('2026-01-05T02:00:00Z');
  const app = (trustedProxy?: string) =>
    createApp({ db: getDb().db, engine: getDb().engine, now: () => now, trustedProxy });

  /** A client whose requests come through a proxy that names `address` as the client. */
  const from = (address: string, client: ApiClient) => {
    const request = client.request.bind(client);
    client.request = (method, path, body, headers) =>
      request(method, path, body, { 'X-Forwarded-For': address, ...headers });
    return client;
  };

  beforeAll(async () => {
    await seedDataset(getDb().db, 'kaohsiung');
    await addUser(getDb().db, 'kaohsiung', 'victim', 'admin');
  });

  it('locks an unknown name exactly as a real one, so a lockout reveals no account', async () => {
    const client = new ApiClient(app());
    const statuses = [];
    for (let i = 0; i <= MAX_FAILURES; i++)
      statuses.push((await client.signIn('kaohsiung', 'no-such-user', 'not the password')).status);
    expect(statuses).toEqual([...Array<number>(MAX_FAILURES).fill(401), 429]);
    now = new Date(now.getTime() + 16 * 60_000);
  });

  it("keeps an attacker's failures from locking the real user out at their own address", async () => {
    const proxied = app('1');
    const attacker = from('203.0.113.9', new ApiClient(proxied));
    for (let i = 0; i < MAX_FAILURES; i++)
      expect((await attacker.signIn('kaohsiung', 'victim', 'a guess')).status).toBe(401);
    expect((await attacker.signIn('kaohsiung', 'victim', TEST_PASSWORD)).status).toBe(429);
    const owner = from('198.51.100.7', new ApiClient(proxied));
    expect((await owner.signIn('kaohsiung', 'victim', TEST_PASSWORD)).status).toBe(200);
    now = new Date(now.getTime() + 16 * 60_000);
  });

  it('ignores X-Forwarded-For unless a trusted proxy is configured', async () => {
    const direct = app();
    for (let i = 0; i < MAX_FAILURES; i++)
      await from(`192.0.2.${i}`, new ApiClient(direct)).signIn('kaohsiung', 'victim', 'guess');
    // Every failure came from the one socket address, whatever the header claimed.
    const again = await from('192.0.2.99', new ApiClient(direct)).signIn(
      'kaohsiung',
      'victim',
      TEST_PASSWORD,
    );
    expect(again.status).toBe(429);
    now = new Date(now.getTime() + 16 * 60_000);
  });

  it('audits a failed sign-in in the city it named', async () => {
    await new ApiClient(app()).signIn('kaohsiung', 'victim', 'wrong password!!');
    const rows = await getDb()
      .db.selectFrom('audit_log')
      .select(['actor', 'entity_key'])
      .where('city_id', '=', 'kaohsiung')
      .where('action', '=', 'session.login_failed')
      .execute();
    expect(rows).toContainEqual({ actor: 'victim', entity_key: 'victim' });
  });

  it("deletes the city's expired sessions and stale failure counts at a sign-in", async () => {
    const hourAgo = new Date(now.getTime() - 3600_000).toISOString();
    await insertSession(getDb().db, {
      city: 'kaohsiung',
      tokenHash: 'expired-session',
      username: 'victim',
      csrfToken: 'x',
      expiresAt: hourAgo,
    });
    await new ApiClient(app()).signIn('kaohsiung', 'long-ago', 'a guess');
    now = new Date(now.getTime() + (LOCK_MINUTES + 1) * 60_000);
    expect((await new ApiClient(app()).signIn('kaohsiung', 'victim', TEST_PASSWORD)).status).toBe(
      200,
    );
    const { db } = getDb();
    const expired = await db
      .selectFrom('sessions')
      .select('token_hash')
      .where('expires_at', '<=', now.toISOString())
      .execute();
    expect(expired).toEqual([]);
    const stale = await db
      .selectFrom('login_throttle')
      .select('username')
      .where('username', 'like', 'long-ago%')
      .execute();
    expect(stale).toEqual([]);
  });
});
