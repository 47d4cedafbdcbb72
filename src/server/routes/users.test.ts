import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { createApp } from '../app.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../test-support/api-client.js';

interface User {
  username: string;
  role: string;
  agencies: string[];
  version: number;
}
interface Failure {
  code: string;
  message: string;
  details: { path: string; message: string }[];
  current?: User;
}

const users = '/cities/kaohsiung/users';

describeEachDatabase('user management: change and remove accounts', (getDb) => {
  let app: ReturnType<typeof createApp>;
  let admin: ApiClient;

  const signedIn = async (username: string) => {
    const client = new ApiClient(app);
    expect((await client.signIn('kaohsiung', username, TEST_PASSWORD)).status).toBe(200);
    return client;
  };
  const find = async (username: string) =>
    (await admin.json<User[]>('GET', users)).body.find((u) => u.username === username);
  /** A user the test needs to exist. */
  const existing = async (username: string) => {
    const user = await find(username);
    if (!user) throw new Error(`${username} missing`);
    return user;
  };
  const auditRows = (action: string) =>
    getDb()
      .db.selectFrom('audit_log')
      .select(['actor', 'entity_key', 'before', 'after'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();
  const sessionsOf = (username: string) =>
    getDb().db.selectFrom('sessions').select('username').where('username', '=', username).execute();

  beforeAll(async () => {
    const db = getDb().db;
    await seedDataset(db, 'kaohsiung');
    await db.insertInto('cities').values({ id: 'taipei', name: '臺北市' }).execute();
    await addUser(db, 'kaohsiung', 'sec', 'admin');
    await addUser(db, 'kaohsiung', 'sec-2', 'admin');
    await addUser(db, 'kaohsiung', 'left-clerk', 'agency_editor', ['epb']);
    await addUser(db, 'kaohsiung', 'moved-clerk', 'agency_editor', ['epb']);
    await addUser(db, 'kaohsiung', 'stays', 'viewer');
    await addUser(db, 'taipei', 'tp-admin', 'admin');
    app = createApp({ db, engine: getDb().engine });
    admin = await signedIn('sec');
  });

  it('changes role and agencies with the version read; a stale version is a 409 with the current user', async () => {
    const before = await existing('moved-clerk');
    const changed = await admin.json<User>('PATCH', `${users}/moved-clerk`, {
      version: before.version,
      agencies: ['epb', 'edb'],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ agencies: ['edb', 'epb'], version: before.version + 1 });
    const stale = await admin.json<Failure>('PATCH', `${users}/moved-clerk`, {
      version: before.version,
      role: 'reviewer',
      agencies: [],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.current).toMatchObject({
      role: 'agency_editor',
      agencies: ['edb', 'epb'],
      version: before.version + 1,
    });
    expect((await find('moved-clerk'))?.role).toBe('agency_editor');
  });

  it('removes a user: gone from the list, their session refused, audited as user.delete', async () => {
    const clerk = await signedIn('left-clerk');
    expect((await clerk.request('GET', '/cities/kaohsiung/rounds')).status).toBe(200);
    const target = await existing('left-clerk');

    const res = await admin.json('DELETE', `${users}/left-clerk?version=${target.version}`);
    expect(res).toEqual({ status: 200, body: { ok: true } });

    expect(await find('left-clerk')).toBeUndefined();
    expect(await sessionsOf('left-clerk')).toEqual([]);
    // The clerk's cookie, still held by their browser, opens nothing any more.
    expect(clerk.cookie('nz_session')).toBeDefined();
    const after = await clerk.json<{ code: string }>('GET', '/cities/kaohsiung/rounds');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
    expect((await clerk.json<{ user: unknown }>('GET', '/session')).body.user).toBeNull();
    // Nor can they sign in again.
    expect((await new ApiClient(app).signIn('kaohsiung', 'left-clerk', TEST_PASSWORD)).status).toBe(
      401,
    );

    const audit = await auditRows('user.delete');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: 'sec',
      entity_key: 'left-clerk',
      before: { username: 'left-clerk', role: 'agency_editor', agencies: ['epb'] },
      after: null,
    });
  });

  it('refuses to remove your own account, and changes nothing', async () => {
    const me = await existing('sec');
    const deletes = (await auditRows('user.delete')).length;

    const res = await admin.json<Failure>('DELETE', `${users}/sec?version=${me.version}`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(res.body.message).toMatch(/your own account "sec"/);
    expect(res.body.details).toEqual([{ path: 'username', message: 'your own account' }]);

    expect(await find('sec')).toEqual(me);
    expect(await auditRows('user.delete')).toHaveLength(deletes);
    expect(await sessionsOf('sec')).not.toEqual([]);
    // Another admin may remove this one: the city still has an admin afterwards.
    const other = await signedIn('sec-2');
    const byOther = await other.json<Failure>('DELETE', `${users}/sec-2?version=1`);
    expect(byOther.status).toBe(403);
  });

  it('refuses to change your own role, and changes nothing; your own name you may change', async () => {
    const me = await existing('sec');
    const res = await admin.json<Failure>('PATCH', `${users}/sec`, {
      version: me.version,
      role: 'viewer',
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(res.body.details).toEqual([{ path: 'role', message: 'your own role' }]);
    expect(await find('sec')).toEqual(me);
    // Saving the edit form of your own row sends your role unchanged: that is allowed.
    const renamed = await admin.json<User>('PATCH', `${users}/sec`, {
      version: me.version,
      role: 'admin',
      displayName: '淨零辦公室',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ role: 'admin', version: me.version + 1 });
  });

  it('needs the version read, and refuses a stale one with the current user (nothing removed)', async () => {
    const missing = await admin.json<Failure>('DELETE', `${users}/stays`);
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    expect(missing.body.details[0]?.path).toBe('query.version');

    const seen = await existing('stays');
    const promoted = await admin.json<User>('PATCH', `${users}/stays`, {
      version: seen.version,
      role: 'reviewer',
    });
    expect(promoted.status).toBe(200);
    const stale = await admin.json<Failure>('DELETE', `${users}/stays?version=${seen.version}`);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.current).toMatchObject({ username: 'stays', role: 'reviewer' });
    expect(await find('stays')).toMatchObject({ role: 'reviewer' });
  });

  it('answers 404 for an unknown user, and another city’s admin may not remove anyone here', async () => {
    const unknown = await admin.json<Failure>('DELETE', `${users}/nobody?version=1`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    expect(unknown.body.details).toEqual([{ path: 'username', message: 'not found' }]);

    const taipei = new ApiClient(app);
    expect((await taipei.signIn('taipei', 'tp-admin', TEST_PASSWORD)).status).toBe(200);
    const seen = await find('stays');
    const foreign = await taipei.json<Failure>(
      'DELETE',
      `${users}/stays?version=${seen?.version ?? 0}`,
    );
    expect(foreign.status).toBe(403);
    expect(await find('stays')).toBeDefined();
  });
});
