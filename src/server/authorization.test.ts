import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../db/city/seed-dataset.js';
import { describeEachDatabase } from '../db/test-support/databases.js';
import { createApp } from './app.js';
import { endpoints } from './openapi/endpoints.js';
import { ApiClient, addUser, TEST_PASSWORD } from './test-support/api-client.js';
import { openKaohsiungQ4Round } from '../db/test-support/rounds.js';
import { type Role } from '../core/vocabulary/lists.js';

/**
 * Every endpoint × every kind of caller, each asserted allowed or denied. "Allowed" means the
 * request got past authorization (any status but 401/403, never 500); the bodies are empty or
 * invalid on purpose, so allowed writes stop at validation and the table's order does not
 * matter. Denied means 401 for anonymous callers and 403 for everyone else.
 */
const actors = [
  'anonymous',
  'viewer',
  'reviewer',
  'editorOwn',
  'editorOther',
  'admin',
  'otherCityAdmin',
] as const;
type Actor = (typeof actors)[number];

const everyone: readonly Actor[] = actors;
const staff: readonly Actor[] = ['admin', 'reviewer', 'editorOwn', 'editorOther'];
const ownMeasureReaders: readonly Actor[] = ['admin', 'reviewer', 'editorOwn'];
const ownMeasureWriters: readonly Actor[] = ['admin', 'editorOwn'];
const adminOnly: readonly Actor[] = ['admin'];
const reviewers: readonly Actor[] = ['admin', 'reviewer'];

interface Row {
  method: string;
  /** The endpoint as listed in openapi/endpoints.ts. */
  path: string;
  url: (round: number) => string;
  body?: unknown;
  allowed: readonly Actor[];
}

const c = '/cities/kaohsiung';
const s = (round: number) => `${c}/rounds/${round}/submissions/transport/1`;
const S = '/cities/{city}/rounds/{id}/submissions/{sector}/{no}';

const matrix: Row[] = [
  { method: 'GET', path: '/health', url: () => '/health', allowed: everyone },
  { method: 'GET', path: '/openapi.json', url: () => '/openapi.json', allowed: everyone },
  { method: 'GET', path: '/cities', url: () => '/cities', allowed: everyone },
  { method: 'GET', path: '/cities/{city}/plans', url: () => `${c}/plans`, allowed: everyone },
  {
    method: 'GET',
    path: '/cities/{city}/plans/{plan}/summary',
    url: () => `${c}/plans/phase2/summary?asOf=2023-09-30`,
    allowed: everyone,
  },
  {
    method: 'GET',
    path: '/cities/{city}/plans/{plan}/measures/{sector}/{no}',
    url: () => `${c}/plans/phase2/measures/transport/1?asOf=2023-09-30`,
    allowed: everyone,
  },
  { method: 'GET', path: '/session', url: () => '/session', allowed: everyone },
  { method: 'POST', path: '/session', url: () => '/session', body: {}, allowed: everyone },
  { method: 'GET', path: '/cities/{city}/users', url: () => `${c}/users`, allowed: adminOnly },
  {
    method: 'POST',
    path: '/cities/{city}/users',
    url: () => `${c}/users`,
    body: {},
    allowed: adminOnly,
  },
  {
    method: 'PATCH',
    path: '/cities/{city}/users/{username}',
    url: () => `${c}/users/viewer`,
    body: {},
    allowed: adminOnly,
  },
  {
    // No ?version=: allowed callers stop at validation, and the viewer stays.
    method: 'DELETE',
    path: '/cities/{city}/users/{username}',
    url: () => `${c}/users/viewer`,
    allowed: adminOnly,
  },
  { method: 'GET', path: '/cities/{city}/rounds', url: () => `${c}/rounds`, allowed: staff },
  {
    method: 'POST',
    path: '/cities/{city}/rounds',
    url: () => `${c}/rounds`,
    body: {},
    allowed: adminOnly,
  },
  {
    method: 'GET',
    path: '/cities/{city}/rounds/{id}',
    url: (r) => `${c}/rounds/${r}`,
    allowed: staff,
  },
  {
    method: 'PATCH',
    path: '/cities/{city}/rounds/{id}',
    url: (r) => `${c}/rounds/${r}`,
    body: {},
    allowed: adminOnly,
  },
  {
    method: 'GET',
    path: '/cities/{city}/rounds/{id}/overdue',
    url: (r) => `${c}/rounds/${r}/overdue`,
    allowed: reviewers,
  },
  {
    method: 'GET',
    path: '/cities/{city}/rounds/{id}/submissions',
    url: (r) => `${c}/rounds/${r}/submissions`,
    allowed: staff,
  },
  { method: 'GET', path: S, url: s, allowed: ownMeasureReaders },
  { method: 'PUT', path: S, url: s, body: {}, allowed: ownMeasureWriters },
  {
    method: 'POST',
    path: `${S}/submit`,
    url: (r) => `${s(r)}/submit`,
    body: {},
    allowed: ownMeasureWriters,
  },
  {
    method: 'POST',
    path: `${S}/review`,
    url: (r) => `${s(r)}/review`,
    body: {},
    allowed: adminOnly,
  },
  {
    method: 'GET',
    path: `${S}/comments`,
    url: (r) => `${s(r)}/comments`,
    allowed: ownMeasureReaders,
  },
  {
    method: 'POST',
    path: `${S}/comments`,
    url: (r) => `${s(r)}/comments`,
    body: {},
    allowed: reviewers,
  },
  {
    method: 'POST',
    path: `${S}/attachments`,
    url: (r) => `${s(r)}/attachments`,
    body: new Uint8Array(0),
    allowed: ownMeasureWriters,
  },
  {
    method: 'GET',
    path: `${S}/attachments/{attachmentId}`,
    url: (r) => `${s(r)}/attachments/999999`,
    allowed: ownMeasureReaders,
  },
  {
    method: 'GET',
    path: '/cities/{city}/emissions',
    url: () => `${c}/emissions`,
    allowed: everyone,
  },
  {
    method: 'POST',
    path: '/cities/{city}/inventories',
    url: () => `${c}/inventories`,
    body: {},
    allowed: adminOnly,
  },
  {
    method: 'GET',
    path: '/cities/{city}/inventories/{year}',
    url: () => `${c}/inventories/2021`,
    allowed: everyone,
  },
  {
    method: 'PATCH',
    path: '/cities/{city}/inventories/{year}',
    url: () => `${c}/inventories/2021`,
    body: {},
    allowed: adminOnly,
  },
  {
    method: 'GET',
    path: '/cities/{city}/inventories/{year}/gpc',
    url: () => `${c}/inventories/2021/gpc`,
    allowed: everyone,
  },
  // Emissions downloads (issue #5, the emissions page)
  {
    method: 'GET',
    path: '/cities/{city}/inventories/{year}/csv',
    url: () => `${c}/inventories/2021/csv`,
    allowed: everyone,
  },
  {
    method: 'GET',
    path: '/cities/{city}/emissions/csv',
    url: () => `${c}/emissions/csv`,
    allowed: everyone,
  },
  { method: 'GET', path: '/cities/{city}/pathway', url: () => `${c}/pathway`, allowed: everyone },
  {
    method: 'GET',
    path: '/cities/{city}/carbon-budgets',
    url: () => `${c}/carbon-budgets`,
    allowed: everyone,
  },
  {
    method: 'POST',
    path: '/cities/{city}/carbon-budgets',
    url: () => `${c}/carbon-budgets`,
    body: {},
    allowed: adminOnly,
  },
  {
    method: 'POST',
    path: '/cities/{city}/carbon-budgets/{code}/transitions',
    url: () => `${c}/carbon-budgets/cb-2025-2026/transitions`,
    body: {},
    allowed: adminOnly,
  },
  {
    method: 'GET',
    path: '/cities/{city}/money-budgets',
    url: () => `${c}/money-budgets`,
    allowed: everyone,
  },
  {
    method: 'GET',
    path: '/cities/{city}/rounds/{id}/agencies/{agency}/template',
    url: (r) => `${c}/rounds/${r}/agencies/epb/template`,
    allowed: ownMeasureWriters,
  },
  {
    method: 'POST',
    path: '/cities/{city}/rounds/{id}/agencies/{agency}/template',
    url: (r) => `${c}/rounds/${r}/agencies/epb/template`,
    body: new Uint8Array(0),
    allowed: ownMeasureWriters,
  },
  // Report and open-data downloads (report-downloads).
  {
    method: 'POST',
    path: '/cities/{city}/plans/{plan}/reports',
    url: () => `${c}/plans/phase2/reports`,
    body: {},
    allowed: adminOnly,
  },
  {
    method: 'GET',
    path: '/cities/{city}/plans/{plan}/reports',
    url: () => `${c}/plans/phase2/reports`,
    allowed: reviewers,
  },
  {
    method: 'GET',
    path: '/cities/{city}/plans/{plan}/reports/{id}/{format}',
    url: () => `${c}/plans/phase2/reports/999/xlsx`,
    allowed: reviewers,
  },
  {
    method: 'GET',
    path: '/cities/{city}/open-data',
    url: () => `${c}/open-data`,
    allowed: everyone,
  },
  {
    method: 'GET',
    path: '/cities/{city}/open-data/{file}',
    url: () => `${c}/open-data/results.csv`,
    allowed: everyone,
  },
  { method: 'GET', path: '/cities/{city}/audit', url: () => `${c}/audit`, allowed: reviewers },
  {
    method: 'GET',
    path: '/cities/{city}/audit/verify',
    url: () => `${c}/audit/verify`,
    allowed: adminOnly,
  },
  // Last: it ends the caller's session.
  { method: 'DELETE', path: '/session', url: () => '/session', allowed: everyone },
];

it('covers every endpoint of the API', () => {
  const listed = endpoints.map((e) => `${e.method.toUpperCase()} ${e.path}`).sort();
  expect(matrix.map((r) => `${r.method} ${r.path}`).sort()).toEqual(listed);
});

describeEachDatabase('authorization matrix', (getDb) => {
  const clients = new Map<Actor, ApiClient>();
  let round = 0;

  beforeAll(async () => {
    const db = getDb().db;
    await seedDataset(db, 'kaohsiung');
    await db.insertInto('cities').values({ id: 'taipei', name: '臺北市' }).execute();
    const accounts: [Actor, string, string, Role, string[]][] = [
      ['viewer', 'kaohsiung', 'viewer', 'viewer', []],
      ['reviewer', 'kaohsiung', 'reviewer', 'reviewer', []],
      ['editorOwn', 'kaohsiung', 'epb-clerk', 'agency_editor', ['epb']],
      ['editorOther', 'kaohsiung', 'edb-clerk', 'agency_editor', ['edb']],
      ['admin', 'kaohsiung', 'admin', 'admin', []],
      ['otherCityAdmin', 'taipei', 'admin', 'admin', []],
    ];
    const app = createApp({ db, engine: getDb().engine });
    clients.set('anonymous', await new ApiClient(app).start());
    for (const [actor, city, username, role, agencies] of accounts) {
      await addUser(db, city, username, role, agencies);
      const client = new ApiClient(app);
      expect((await client.signIn(city, username, TEST_PASSWORD)).status).toBe(200);
      clients.set(actor, client);
    }
    round = (await openKaohsiungQ4Round(db, 'matrix')).id;
  });

  for (const row of matrix) {
    for (const actor of actors) {
      const allowed = row.allowed.includes(actor);
      it(`${row.method} ${row.path}: ${actor} is ${allowed ? 'allowed' : 'denied'}`, async () => {
        const client = clients.get(actor);
        if (!client) throw new Error(`no client for ${actor}`);
        const res = await client.request(row.method, row.url(round), row.body);
        if (allowed) {
          expect([401, 403]).not.toContain(res.status);
          expect(res.status).toBeLessThan(500);
        } else {
          expect(res.status).toBe(actor === 'anonymous' ? 401 : 403);
          expect(await res.json()).toMatchObject({
            code: actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          });
        }
      });
    }
  }
});
