import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSummarySchema } from '../contracts/plan-summary.js';
import { useCliSuite, type RunCli } from './test-support/run-cli.js';
import { databaseEngines } from '../core/vocabulary/lists.js';

/** Just the parts of an exported city the broken-file test edits. */
interface BrokenCity {
  plans: [
    { measures: [{ name: string; indicators: [{ unit: string; results: [{ period: string }] }] }] },
  ];
}

for (const engine of databaseEngines) {
  describe(`netzero CLI [${engine}]`, () => {
    const suite = useCliSuite(engine, 'netzero-cli-files-');
    const run: RunCli = (...argv) => suite.run(...argv);

    it('migrates, seeds once, and says so the second time', async () => {
      expect(await run('db', 'migrate')).toMatchObject({ status: 0 });
      expect(await run('seed', 'kaohsiung')).toMatchObject({ status: 0, out: 'Seeded kaohsiung.' });
      expect(await run('seed', 'kaohsiung')).toMatchObject({
        status: 0,
        out: 'kaohsiung is already seeded and unchanged.',
      });
    });

    it('lists the plan', async () => {
      const { status, out } = await run('plan', 'list');
      expect(status).toBe(0);
      expect(out).toContain('kaohsiung\tphase2\t2021-01-01…2025-12-31\t58 measures');
    });

    it('prints the summary as the JSON contract, --city and --plan left out', async () => {
      const { status, out } = await run('plan', 'summary', '--as-of', '2023-09-30', '--json');
      expect(status).toBe(0);
      const summary = planSummarySchema.parse(JSON.parse(out));
      expect(summary).toMatchObject({ city: 'kaohsiung', plan: 'phase2', asOf: '2023-09-30' });
      expect(summary.measures[0]).toMatchObject({
        sector: 'energy',
        no: 1,
        agency: '經發局',
        name: '再生能源發電設備認定與查核作業',
        status: 'achieved',
        reductionT: '535200.00',
      });
      expect(summary.measures[0]?.indicators[0]).toMatchObject({
        unit: 'MWp',
        targetKind: 'cumulative',
        target: '750',
        actual: '836',
        status: 'achieved',
      });
    });

    it('prints a Table-1-style text summary in Chinese and in English', async () => {
      const zh = await run('plan', 'summary', '--as-of', '2023-09-30');
      expect(zh.out).toMatch(/合計\s+58\s.*464\.73/);
      expect(zh.out).toContain('464.74');
      const en = await run('plan', 'summary', '--as-of', '2023-09-30', '--lang', 'en');
      expect(en.out).toMatch(/Total\s+58\s.*464\.73/);
    });

    it('records a figure, which changes the summary, and refuses a measure that does not exist', async () => {
      const before = JSON.parse(
        (await run('plan', 'summary', '--as-of', '2023-10-31', '--json')).out,
      ) as { measures: { sector: string; no: number; indicators: { actual: string }[] }[] };
      const boats = (s: typeof before) =>
        s.measures.find((m) => m.sector === 'agriculture' && m.no === 2)?.indicators[0]?.actual;
      expect(boats(before)).toBe('0');
      const addBoats = (no: string, period: string) =>
        run(
          ...`result add --sector agriculture --no ${no} --period ${period} --value 2`.split(' '),
        );

      const added = await addBoats('2', '112年10月');
      expect(added).toMatchObject({
        status: 0,
        out: 'Recorded the figure for 2023-10-01/2023-10-31.',
      });
      const after = JSON.parse(
        (await run('plan', 'summary', '--as-of', '2023-10-31', '--json')).out,
      ) as typeof before;
      expect(boats(after)).toBe('2');

      const missing = await addBoats('99', '112年10月');
      expect(missing.status).toBe(1);
      expect(missing.err).toContain('no measure agriculture no. 99');
      const impossible = await addBoats('2', '112年13月');
      expect(impossible.status).toBe(1);
      expect(impossible.err).toMatch(/period/);
    });

    it('starts the demo on data the user has changed, showing the change', async () => {
      const demo = await run('demo', '--no-serve');
      expect(demo.status).toBe(0);
      expect(demo.out).toContain('Using the existing Kaohsiung data');
      expect(demo.out).toMatch(/合計\s+58/);
    });

    it('exports a city to a file that imports again, and refuses a broken file, writing nothing', async () => {
      const file = join(suite.scratch, 'kaohsiung.json');
      expect(await run('export', '--city', 'kaohsiung', '--out', file)).toMatchObject({
        status: 0,
      });
      const exported = JSON.parse(await readFile(file, 'utf8')) as { city: { code: string } };
      expect(exported.city.code).toBe('kaohsiung');
      expect(await run('import', file)).toMatchObject({ status: 1 }); // exists; needs --replace
      expect(await run('import', file, '--replace')).toMatchObject({
        status: 0,
        err: '', // no progress line: standard error is not a terminal here
        // The demo above recorded the committee's seed meeting: the city's file carries it.
        out: 'Imported kaohsiung: 1 plan(s), 58 measures, a committee with 1 meeting(s).',
      });

      // Two mistakes in one file: both are listed, and the stored city is left as it was.
      const broken = JSON.parse(await readFile(file, 'utf8')) as BrokenCity;
      const first = broken.plans[0].measures[0];
      first.name = '不應寫入';
      first.indicators[0].unit = '隻';
      first.indicators[0].results[0].period = '112年2月30日';
      const brokenFile = join(suite.scratch, 'broken.json');
      await writeFile(brokenFile, JSON.stringify(broken));
      const refused = await run('import', brokenFile, '--replace');
      expect(refused.status).toBe(1);
      expect(refused.err).toContain('plans[0].measures[0].indicators[0].unit: unknown unit "隻"');
      expect(refused.err).toContain('plans[0].measures[0].indicators[0].results[0].period');
      const list = await run('plan', 'summary', '--as-of', '2023-09-30', '--json');
      expect(list.out).not.toContain('不應寫入');
    });

    it('answers a usage error with status 2 and the help text', async () => {
      const { status, err } = await run('plan', 'frobnicate');
      expect(status).toBe(2);
      expect(err).toMatch(/plan/);
    });
  });
}
