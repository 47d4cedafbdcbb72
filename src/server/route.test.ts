import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Tables } from '../db/tables.js';
import { createApp } from './app.js';

// Parameters are refused before any database call: this app has none.
const app = createApp({ db: {} as unknown as Kysely<Tables>, engine: 'pglite' });

it('refuses a path parameter its declaration does not accept, naming it', async () => {
  const res = await app.request('/api/v1/cities/kaohsiung/plans/phase2/measures/transport/x1');
  expect(res.status).toBe(400);
  expect(await res.json()).toEqual({
    code: 'VALIDATION_FAILED',
    message: 'no must be a whole number, not "x1"',
    details: [{ path: 'no', message: 'not a whole number' }],
  });
});

it('asks anonymous callers to sign in before it reads anything of the request', async () => {
  const res = await app.request('/api/v1/cities/kaohsiung/rounds/x1');
  expect(res.status).toBe(401);
  expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
});
