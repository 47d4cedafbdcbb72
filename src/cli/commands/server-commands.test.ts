import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabaseEnv, type TestDatabaseEnv } from '../../db/test-support/databases.js';
import { cliRunner, withEnvDatabase, type RunCli } from '../test-support/run-cli.js';
import { databaseEngines } from '../../core/vocabulary/lists.js';

/** `netzero user add` in Kaohsiung; the password comes from the prompt `run` answers. */
const addUser = (run: RunCli, role: string, username: string, ...more: string[]) =>
  run('user', 'add', '--city', 'kaohsiung', '--role', role, '--username', username, ...more);

for (const engine of databaseEngines) {
  describe(`netzero user, audit, demo, serve [${engine}]`, () => {
    let database: TestDatabaseEnv;
    beforeAll(async () => {
      database = await openTestDatabaseEnv(engine);
    });
    afterAll(async () => {
      await database.dispose();
    });

    it('demo --no-serve seeds Kaohsiung, the demo accounts and a round', async () => {
      const res = await cliRunner(database.env)('demo', '--no-serve');
      expect(res.status).toBe(0);
      expect(res.out).toContain(
        'Created demo accounts: demo-admin, demo-reviewer, demo-viewer, demo-epb, demo-edb.',
      );
      expect(res.out).toContain('Opened the demo reporting round');
      expect(res.out).toContain('Recorded and published the committee meeting 第七屆第一次大會');
      expect(res.out).toContain('Loaded the registries');
      expect(res.out).toContain('Recorded the offset projects of 製造4 (漢程客運, 三芳化工).');
      const again = await cliRunner(database.env)('demo', '--no-serve');
      expect(again.out).not.toContain('Created demo accounts');
      expect(again.out).not.toContain('Recorded and published');
      expect(again.out).not.toContain('Loaded the registries');
      expect(again.out).not.toContain('Recorded the offset projects');
    });

    it('refuses a production start while demo accounts exist', async () => {
      const res = await cliRunner({ ...database.env, PORT: '0' })('serve', '--production');
      expect(res.status).toBe(1);
      expect(res.err).toContain(
        'refusing a production start while demo accounts exist (kaohsiung/demo-admin',
      );
    });

    it('adds a user with the password from the prompt, never argv', async () => {
      const add = cliRunner(database.env, 'a long enough password');
      const res = await addUser(
        add,
        'agency_editor',
        'clerk2',
        '--agency',
        'epb',
        '--agency',
        'edb',
      );
      expect(res).toMatchObject({
        status: 0,
        out: 'Created agency_editor "clerk2" in kaohsiung for edb, epb.',
      });
      const short = await addUser(cliRunner(database.env, 'short'), 'viewer', 'v2');
      expect(short.status).toBe(2);
      expect(short.err).toContain('password: at least 12 characters');
      const noAgency = await addUser(add, 'agency_editor', 'x2');
      expect(noAgency.status).toBe(1);
      expect(noAgency.err).toContain('an agency_editor needs at least one agency');
      expect((await addUser(add, 'viewer', 'x3', '--password', 'p')).status).toBe(2);
    });

    it('removes demo accounts, after which production may start', async () => {
      const run = cliRunner(database.env);
      for (const username of ['demo-admin', 'demo-reviewer', 'demo-viewer', 'demo-epb', 'demo-edb'])
        expect(
          (await run('user', 'remove', '--city', 'kaohsiung', '--username', username)).status,
        ).toBe(0);
      expect((await run('user', 'list', '--city', 'kaohsiung')).out).toBe(
        'clerk2\tagency_editor\tedb,epb',
      );
      const json = await run('user', 'list', '--city', 'kaohsiung', '--json');
      expect(JSON.parse(json.out)).toEqual([
        expect.objectContaining({
          username: 'clerk2',
          role: 'agency_editor',
          agencies: ['edb', 'epb'],
        }),
      ]);
      expect(json.out).not.toMatch(/password/i);
    });

    it('verifies the audit chain and reports the first broken link', async () => {
      const run = cliRunner(database.env);
      const ok = await run('audit', 'verify', '--city', 'kaohsiung');
      expect(ok.status).toBe(0);
      expect(ok.out).toMatch(/^kaohsiung: \d+ entries, chain intact\.$/);
      await withEnvDatabase(database.env, async (db) => {
        await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(db);
        await sql`UPDATE audit_log SET actor = 'someone else' WHERE city_id = 'kaohsiung' AND seq = 2`.execute(
          db,
        );
        await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(db);
      });
      const broken = await run('audit', 'verify');
      expect(broken.status).toBe(1);
      expect(broken.err).toContain('kaohsiung: chain BROKEN at entry 2');
      const json = await run('audit', 'verify', '--json');
      expect(json.status).toBe(1);
      const [result, ...others] = JSON.parse(json.out) as {
        city: string;
        ok: boolean;
        firstBroken: { seq: number } | null;
      }[];
      expect(others).toEqual([]);
      expect([result?.city, result?.ok, result?.firstBroken?.seq]).toEqual(['kaohsiung', false, 2]);
    });
  });
}
