import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEngines } from '../core/vocabulary/lists.js';
import { openTestDatabaseEnv, type TestDatabaseEnv } from '../db/test-support/databases.js';
import { cliRunner as cli } from './test-support/run-cli.js';

for (const engine of databaseEngines) {
  describe(`netzero platform credits [${engine}]`, () => {
    let database: TestDatabaseEnv;
    let run: ReturnType<typeof cli>;
    beforeAll(async () => {
      database = await openTestDatabaseEnv(engine);
      run = cli(database.env);
      expect((await run('demo', '--no-serve')).status).toBe(0);
    }, 120_000);
    afterAll(async () => {
      await database.dispose();
    });

    it('lists the offset projects the demo recorded, with their totals', async () => {
      const res = await run('platform', 'credits', 'list');
      expect(res.status).toBe(0);
      const lines = res.out.trim().split('\n');
      expect(lines[0]).toMatch(/^project\s+proponent\s+registration\s+verified t\s+issued/);
      expect(lines.slice(1).map((l) => l.split(/\s+/).slice(0, 3))).toEqual([
        ['hancheng-electric-buses', '漢程客運', 'registered'],
        ['sanfang-chemical', '三芳化工', 'applied'],
      ]);
    });

    it('shows a project’s periods and history, and checks the ledger', async () => {
      const res = await run('platform', 'credits', 'show', 'hancheng-electric-buses');
      expect(res.status).toBe(0);
      expect(res.out).toMatch(/^1\s+2021-04-29\s+2023-04-30\s+1,367\s+not verified\s+0\s+0$/m);
      expect(res.out).toContain('No credits issued yet.');
      const json = await run('platform', 'credits', 'show', 'hancheng-electric-buses', '--json');
      expect(JSON.parse(json.out)).toMatchObject({
        project: { measure: { sector: 'manufacturing', no: 4 } },
      });
      expect((await run('platform', 'credits', 'show', 'nothing')).status).toBe(1);
      const check = await run('platform', 'credits', 'check');
      expect([check.status, check.out.trim()]).toEqual([
        0,
        'The credits ledger holds: balances equal the journal, every serial is in one place.',
      ]);
      const checked = await run('platform', 'credits', 'check', '--json');
      expect([checked.status, JSON.parse(checked.out)]).toEqual([0, { holds: true, problems: [] }]);
    });
  });
}
