import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Tables } from '../db/tables.js';
import { createApp } from './app.js';

it('answers an unexpected failure with INTERNAL and no stack, logging it on the server', async () => {
  const logged: unknown[] = [];
  const broken = {
    selectFrom: () => {
      throw new Error('connection refused at /srv/secret/path.ts:42');
    },
  } as unknown as Kysely<Tables>;
  const app = createApp({ db: broken, engine: 'postgres', log: (e) => logged.push(e) });
  const res = await app.request('/api/v1/cities');
  expect(res.status).toBe(500);
  const text = await res.text();
  expect(JSON.parse(text)).toEqual({
    code: 'INTERNAL',
    message: 'an internal error occurred; it has been logged',
    details: [],
  });
  expect(text).not.toContain('secret');
  expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  expect(logged).toHaveLength(1);
});

it('answers an unknown API path with a JSON NOT_FOUND', async () => {
  const app = createApp({ db: {} as unknown as Kysely<Tables>, engine: 'postgres' });
  const res = await app.request('/api/v1/nowhere', { method: 'GET' });
  expect(res.status).toBe(404);
  expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
});
