import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-support/databases.js';
import { createApp } from './app.js';
import { apiRoot, urlOf } from '../contracts/api/endpoint.js';
import { endpointList, endpoints } from '../contracts/api/endpoints/index.js';
import { can, type Actor as PermissionActor } from '../core/permissions.js';
import { ApiClient, addUser, TEST_PASSWORD } from './test-support/api-client.js';
import { openKaohsiungQ4Round } from '../db/test-support/rounds.js';
import { seedKaohsiungRegistries } from '../db/test-support/kaohsiung-registries.js';
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
  'member',
] as const;
type Actor = (typeof actors)[number];

/** Each actor as the permission rule sees them; the sample measure and agency are epb's. */
const asUser: Record<Actor, PermissionActor | null> = {
  anonymous: null,
  viewer: { city: 'kaohsiung', role: 'viewer', agencies: [] },
  reviewer: { city: 'kaohsiung', role: 'reviewer', agencies: [] },
  editorOwn: { city: 'kaohsiung', role: 'agency_editor', agencies: ['epb'] },
  editorOther: { city: 'kaohsiung', role: 'agency_editor', agencies: ['edb'] },
  admin: { city: 'kaohsiung', role: 'admin', agencies: [] },
  otherCityAdmin: { city: 'taipei', role: 'admin', agencies: [] },
  member: { city: 'kaohsiung', role: 'committee_member', agencies: [] },
};

/** A value for every path parameter any endpoint has: transport 1 is a measure of epb. */
const sample = (round: number): Record<string, string | number> => ({
  city: 'kaohsiung',
  plan: 'phase2',
  sector: 'transport',
  no: 1,
  id: round,
  username: 'viewer',
  year: 2021,
  code: 'cb-2025-2026',
  agency: 'epb',
  attachmentId: 999999,
  format: 'xlsx',
  file: 'results.csv',
  meeting: 'no-such-meeting',
  item: 1,
  member: 'no-such-member',
  indicator: 'no-such-indicator',
  // Registries (issue 17): a registry epb keeps.
  kind: 'counselling-visits',
  project: 'no-such-project',
});

interface Row {
  method: string;
  path: string;
  url: (round: number) => string;
  body?: unknown;
  allowed: readonly Actor[];
}

/**
 * One row per declared endpoint: who is allowed follows from its policy through the one rule
 * (whose table is tested on its own in src/core/permissions.test.ts), so this tests that the
 * server enforces what each declaration says. Allowed writes get an empty body and stop at
 * validation: DELETE …/users/viewer has no ?version=, so the viewer stays. Signing out goes
 * last: it ends the caller's session.
 */
const matrix: Row[] = [...endpointList]
  .sort((a, b) => Number(a === endpoints.signOut) - Number(b === endpoints.signOut))
  .map((e) => ({
    method: e.method.toUpperCase(),
    path: e.path,
    url: (round) => urlOf(e, sample(round) as never).slice(apiRoot.length),
    ...(e.body ? { body: {} } : e.rawBody ? { body: new Uint8Array(0) } : {}),
    allowed: actors.filter(
      (actor) =>
        !e.policy || can(asUser[actor], 'kaohsiung', e.policy, e.agencyScoped ? 'epb' : undefined),
    ),
  }));

it('has a row for every declared endpoint, and allows anyone only where nothing is required', () => {
  expect(matrix).toHaveLength(endpointList.length);
  for (const row of matrix)
    if (row.allowed.includes('anonymous')) expect(row.allowed).toEqual(actors);
  // A few rows written out, in case a declaration names the wrong policy.
  const allowed = (method: string, path: string) =>
    matrix.find((r) => r.method === method && r.path === path)?.allowed;
  const S = '/cities/{city}/rounds/{id}/submissions/{sector}/{no}';
  expect(allowed('GET', '/cities/{city}/users')).toEqual(['admin']);
  expect(allowed('GET', S)).toEqual(['reviewer', 'editorOwn', 'admin']);
  expect(allowed('PUT', S)).toEqual(['editorOwn', 'admin']);
  expect(allowed('GET', '/cities/{city}/rounds/{id}/submissions')).toEqual([
    'reviewer',
    'editorOwn',
    'editorOther',
    'admin',
  ]);
  expect(allowed('POST', `${S}/comments`)).toEqual(['reviewer', 'admin']);
  expect(allowed('GET', '/cities/{city}/plans/{plan}/reports')).toEqual(['reviewer', 'admin']);
  expect(allowed('POST', '/cities/{city}/inventories')).toEqual(['admin']);
  const C = '/cities/{city}/committee';
  expect(allowed('POST', `${C}/meetings`)).toEqual(['admin']);
  expect(allowed('POST', `${C}/meetings/{meeting}/agenda-items/{item}/comments`)).toEqual([
    'admin',
    'member',
  ]);
  expect(allowed('POST', `${C}/agencies/{agency}/assignments/{id}/reply`)).toEqual([
    'editorOwn',
    'admin',
  ]);
});

describeEachDatabase('authorization matrix', (getDb) => {
  const clients = new Map<Actor, ApiClient>();
  let round = 0;

  beforeAll(async () => {
    const db = getDb().db;
    await seedKaohsiungRegistries(db);
    await db.insertInto('cities').values({ id: 'taipei', name: '臺北市' }).execute();
    const accounts: [Actor, string, string, Role, string[]][] = [
      ['viewer', 'kaohsiung', 'viewer', 'viewer', []],
      ['reviewer', 'kaohsiung', 'reviewer', 'reviewer', []],
      ['editorOwn', 'kaohsiung', 'epb-clerk', 'agency_editor', ['epb']],
      ['editorOther', 'kaohsiung', 'edb-clerk', 'agency_editor', ['edb']],
      ['admin', 'kaohsiung', 'admin', 'admin', []],
      ['otherCityAdmin', 'taipei', 'admin', 'admin', []],
      ['member', 'kaohsiung', 'member', 'committee_member', []],
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
