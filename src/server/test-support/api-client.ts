import type { Hono } from 'hono';
import { expect } from 'vitest';
import type { Kysely } from 'kysely';
import type { Role } from '../../contracts/api/common.js';
import { createUser } from '../../db/accounts/users.js';
import type { Tables } from '../../db/tables.js';
import type { AppEnv } from '../context.js';
import { hashPassword } from '../auth/password.js';

/**
 * A browser in miniature for route tests: keeps cookies between requests and sends the CSRF
 * token from GET /session on every state-changing request, through `app.request()` (no socket).
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly app: Hono<AppEnv>) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const raw = body instanceof Uint8Array;
    const res = await this.app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...(body === undefined || raw ? {} : { 'Content-Type': 'application/json' }),
        ...(this.cookies.size
          ? { Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
          : {}),
        ...(method === 'GET' ? {} : { 'X-CSRF-Token': this.csrfToken }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: raw ? body : JSON.stringify(body) }),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /Max-Age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  // The caller states the shape it expects, as a cast: this is a test helper, not a parser.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  async json<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await this.request(method, path, body);
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Fetches the CSRF token (as the SPA does on load). */
  async start(): Promise<this> {
    const { body } = await this.json<{ csrfToken: string }>('GET', '/session');
    this.csrfToken = body.csrfToken;
    return this;
  }

  async signIn(city: string, username: string, password: string): Promise<Response> {
    await this.start();
    const res = await this.request('POST', '/session', { city, username, password });
    if (res.ok) this.csrfToken = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export const TEST_PASSWORD = 'correct horse battery staple';

let hashed: Promise<string> | undefined;

/** Creates an account with the shared test password (hashed once per test file). */
export async function addUser(
  db: Kysely<Tables>,
  city: string,
  username: string,
  role: Role,
  agencies: string[] = [],
): Promise<void> {
  hashed ??= hashPassword(TEST_PASSWORD);
  await createUser(db, { city, username, role, agencies, passwordHash: await hashed }, 'test');
}

/** Creates an account in `city` and a client of `app` signed in as it (the sign-in must succeed). */
export async function signedInAs(
  app: Hono<AppEnv>,
  db: Kysely<Tables>,
  username: string,
  role: Role,
  agencies: string[] = [],
  city = 'kaohsiung',
): Promise<ApiClient> {
  await addUser(db, city, username, role, agencies);
  const client = new ApiClient(app);
  expect((await client.signIn(city, username, TEST_PASSWORD)).status).toBe(200);
  return client;
}
