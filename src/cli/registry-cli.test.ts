import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseEngines } from '../core/vocabulary/lists.js';
import { registriesDatasetFolder } from '../datasets/datasets.js';
import { useCliSuite } from './test-support/run-cli.js';

for (const engine of databaseEngines) {
  describe(`netzero registry [${engine}]`, () => {
    const suite = useCliSuite(engine, 'netzero-registry-');
    beforeAll(async () => {
      expect((await suite.run('seed', 'kaohsiung')).status).toBe(0);
      const file = join(registriesDatasetFolder('kaohsiung'), 'counselling-visits.yaml');
      const defined = await suite.run('registry', 'define', file);
      expect(defined.out).toBe(
        'Registry counselling-visits: definition created; cases 13 new, 0 changed, 0 unchanged.',
      );
    });

    it('lists the registries with their cases', async () => {
      const { status, out } = await suite.run('registry', 'list');
      expect(status).toBe(0);
      expect(out).toMatch(/counselling-visits\s+節能減碳技術輔導團輔導名單\s+epb\s+13\s+count/);
    });

    it('lists and shows a registry as JSON', async () => {
      const list = await suite.run('registry', 'list', '--json');
      expect(list.status).toBe(0);
      expect(JSON.parse(list.out)).toEqual([
        expect.objectContaining({ code: 'counselling-visits', agency: 'epb', cases: 13 }),
      ]);
      const show = await suite.run('registry', 'show', 'counselling-visits', '--json');
      expect(show.status).toBe(0);
      const shown = JSON.parse(show.out) as {
        summary: { total: { cases: number } };
        feed: { comparison: { toDate: { published: string; computed: string } } };
      };
      expect(shown.summary.total.cases).toBe(13);
      // Exact figures as strings, as the text table prints them (29 published, 13 computed).
      expect(shown.feed.comparison.toDate).toMatchObject({ published: '29', computed: '13' });
    });

    it('shows the summaries and 製造3 computed beside its published figures', async () => {
      const { status, out } = await suite.run('registry', 'show', 'counselling-visits');
      expect(status).toBe(0);
      expect(out).toContain('合計 13 件');
      expect(out).toMatch(/111年\s+3/);
      expect(out).toMatch(/110年1月–112年9月\s+29\s+13\s+16\s+公布值比清冊案件多 16 家次/);
    });

    it('refuses a year beyond the API bounds as usage, before the database sees it', async () => {
      const { status, err } = await suite.run(
        'registry',
        'show',
        'counselling-visits',
        '--year',
        '99999',
      );
      expect(status).toBe(2);
      expect(err).toContain('--year is a year from 1900 to 2200');
    });

    it('refuses a file with a bad row by cell, exit 1, and imports the fixed one', async () => {
      const bad = join(suite.scratch, 'visits.csv');
      await writeFile(bad, 'year,company\n112年9月,測試公司\n108,測試公司乙\n');
      const refused = await suite.run('registry', 'import', 'counselling-visits', bad);
      expect(refused.status).toBe(1);
      expect(refused.err).toContain('A3');
      await writeFile(bad, 'year,company\n112年9月,測試公司\n');
      const taken = await suite.run('registry', 'import', 'counselling-visits', bad);
      expect(taken.out).toBe(
        'Imported visits.csv into counselling-visits: 1 new, 0 changed, 0 unchanged.',
      );
    });
  });
}
