import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { createApp } from '../app.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../test-support/api-client.js';

/** Issue 18: what a signed-in answer tells caches and browsers. */
describeEachDatabase('private responses', (getDb) => {
  const app = (secureCookies = false) =>
    createApp({ db: getDb().db, engine: getDb().engine, secureCookies });

  beforeAll(async () => {
    await seedDataset(getDb().db, 'kaohsiung');
    await addUser(getDb().db, 'kaohsiung', 'reader', 'admin');
  });

  it('forbids caching any JSON answer given to a signed-in user, and the sign-in itself', async () => {
    const client = new ApiClient(app());
    const signIn = await client.signIn('kaohsiung', 'reader', TEST_PASSWORD);
    expect(signIn.headers.get('Cache-Control')).toBe('no-store');
    for (const path of ['/session', '/cities/kaohsiung/rounds']) {
      const res = await client.request('GET', path);
      expect([path, res.status, res.headers.get('Cache-Control')]).toEqual([path, 200, 'no-store']);
    }
  });

  it('sends HSTS only when cookies are secure (HTTPS)', async () => {
    const secure = await app(true).request('/api/v1/session');
    expect(secure.headers.get('Strict-Transport-Security')).toBe('max-age=31536000');
    const plain = await app(false).request('/api/v1/session');
    expect(plain.headers.get('Strict-Transport-Security')).toBeNull();
  });
});
