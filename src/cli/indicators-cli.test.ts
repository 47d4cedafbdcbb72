import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEngines } from '../core/vocabulary/lists.js';
import { openTestDatabaseEnv, type TestDatabaseEnv } from '../db/test-support/databases.js';
import { cliRunner as cli } from './test-support/run-cli.js';

const indicatorsFile = new URL('../../data/kaohsiung-indicators.yaml', import.meta.url).pathname;

for (const engine of databaseEngines) {
  describe(`netzero indicators [${engine}]`, () => {
    let database: TestDatabaseEnv;
    let run: ReturnType<typeof cli>;

    beforeAll(async () => {
      database = await openTestDatabaseEnv(engine);
      run = cli({ ...database.env, NETZERO_LANG: 'zh' });
      expect((await run('seed', 'kaohsiung')).status).toBe(0);
    });
    afterAll(async () => {
      await database.dispose();
    });

    it('imports the shipped indicators and lists them with their status in a year', async () => {
      const imported = await run('indicators', 'import', indicatorsFile);
      expect([imported.status, imported.out]).toEqual([
        0,
        'Imported 2 indicator(s) with 0 yearly value(s).',
      ]);
      const list = await run('indicators', 'list', '--year', '2024');
      expect(list.status).toBe(0);
      expect(list.out).toContain('113年');
      expect(list.out).toMatch(
        /transport-traffic-safety\s+交通安全指標\s+—\s+目標型\s+無資料 \(該年度未填報數值\)/,
      );
    });

    it('shows one indicator, as JSON too, and refuses an unknown one', async () => {
      const shown = await run(
        'indicators',
        'show',
        'social-in-kind-aid-sites',
        '--year',
        '2024',
        '--json',
      );
      expect(shown.status).toBe(0);
      const json = JSON.parse(shown.out) as { years: { year: number; status: string }[] };
      expect(json.years).toEqual([
        expect.objectContaining({ year: 2023, status: 'no_data' }),
        expect.objectContaining({ year: 2024, status: 'no_data' }),
      ]);
      const text = await run('indicators', 'show', 'social-in-kind-aid-sites', '--year', '2024');
      expect(text.out).toContain('實物救助服務據點  (社會局)');
      expect((await run('indicators', 'show', 'nope')).status).not.toBe(0);
    });
  });
}
