import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { endpointList, endpoints } from '../contracts/api/endpoints/index.js';
import type { Tables } from '../db/tables.js';
import { apiRoutes, createApp } from './app.js';
import { AttemptLimiter } from './auth/login-throttle.js';
import type { AppEnv } from './context.js';
import { registerRoutes } from './route.js';
import { compareServedRoutes } from './served-routes.js';

// Registering routes touches no database.
const app = () => createApp({ db: {} as unknown as Kysely<Tables>, engine: 'pglite' });

it('serves every declared endpoint and nothing undeclared', () => {
  expect(compareServedRoutes(app().routes, endpointList)).toEqual({
    undeclared: [],
    unserved: [],
  });
});

it('finds a route served without a declaration', () => {
  const served = app();
  served.get('/api/v1/cities/:city/secrets', (c) => c.text('no declaration, no docs'));
  expect(compareServedRoutes(served.routes, endpointList)).toEqual({
    undeclared: ['GET /api/v1/cities/:city/secrets'],
    unserved: [],
  });
});

it('finds a declaration no handler serves', () => {
  const partial = new Hono<AppEnv>();
  registerRoutes(
    partial,
    apiRoutes(new AttemptLimiter()).filter((r) => r.endpoint !== endpoints.verifyAudit),
  );
  expect(compareServedRoutes(partial.routes, endpointList)).toEqual({
    undeclared: [],
    unserved: ['GET /api/v1/cities/:city/audit/verify'],
  });
});

it('declares each method and path once, with schemas only for parameters its path has', () => {
  const keys = endpointList.map((e) => `${e.method} ${e.path}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const e of endpointList)
    for (const name of Object.keys(e.params ?? {}))
      expect(e.path, `${e.method} ${e.path}: {${name}}`).toContain(`{${name}}`);
});
