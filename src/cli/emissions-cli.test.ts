import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADER_BEFORE_SPECIES as HEADER } from '../contracts/test-support/inventory-upload.js';
import { useCliSuite, type RunCli } from './test-support/run-cli.js';
import { databaseEngines } from '../core/vocabulary/lists.js';

/** Entries in Kaohsiung's audit trail, as `netzero audit verify` reports them (it must verify). */
async function auditEntries(run: RunCli): Promise<number> {
  const { status, out } = await run('audit', 'verify', '--city', 'kaohsiung');
  expect(status).toBe(0);
  return Number(/kaohsiung: (\d+) entries, chain intact/.exec(out)?.[1] ?? '0');
}

const GOOD = `${HEADER}
2023,AR5,draft,industry_manufacturing,1,gas_mass,CO2,,1000,kg,,,,,,,,
2023,AR5,draft,industry_manufacturing,1,gas_mass,CH4,,10,kg,,,,,,,,
2023,AR5,draft,industry_manufacturing,1,gas_mass,N2O,,1,kg,,,,,,,,
2023,AR5,draft,residential,2,computed,,,,,1000,kWh,tw-electricity,2023,,,report-112,"from ""Table"" 1 | checked"
2023,AR5,draft,agriculture_livestock,1,notation,,,,,,,,,NO,市內無畜牧,,
`;
/**
 * GOOD as export writes it: GOOD has no `species` column (a file from before 0005-gas-species,
 * still accepted); export adds it after `gas`, empty for these gases.
 */
const EXPORTED = GOOD.split('\n')
  .map((line, i) =>
    line === '' ? line : line.replace(/^((?:[^,]*,){7})/, i === 0 ? '$1species,' : '$1,'),
  )
  .join('\n');

for (const engine of databaseEngines) {
  describe(`netzero emissions commands [${engine}]`, () => {
    const suite = useCliSuite(engine, 'netzero-emissions-');
    const run: RunCli = (...argv) => suite.run(...argv);
    beforeAll(async () => {
      expect(await run('seed', 'kaohsiung')).toMatchObject({ status: 0 });
    });

    it('refuses a bad CSV naming row and column, and writes nothing', async () => {
      const file = join(suite.scratch, 'bad.csv');
      const bad = GOOD.replace('N2O,,1,kg', 'N2O,,1,公里').replace('CH4,,10,kg', 'CO,,10,kg');
      await writeFile(file, bad);
      const result = await run('inventory', 'import', file);
      expect(result.status).toBe(1);
      expect(result.err).toMatch(/row 3, column gas: unknown gas/);
      expect(result.err).toMatch(/row 4, column mass_unit: unknown unit "公里"/);
      expect((await run('inventory', 'export')).out.trim()).toBe(EXPORTED.split('\n')[0]);
    });

    it('imports the CSV, exports the same CSV, and a GPC listing with totals', async () => {
      const file = join(suite.scratch, 'good.csv');
      await writeFile(file, GOOD);
      const audited = await auditEntries(run);
      expect(await run('inventory', 'import', file)).toMatchObject({
        status: 0,
        out: 'Imported 1 inventories (2023), 5 entries.',
      });
      const out = join(suite.scratch, 'out.csv');
      expect(await run('inventory', 'export', '--out', out)).toMatchObject({ status: 0 });
      expect(await readFile(out, 'utf8')).toBe(EXPORTED);
      const gpc = await run('inventory', 'export', '--format', 'gpc');
      expect(gpc.out).toContain(
        '2023,AR5,I.3.1,industry,industry_manufacturing,製造業及營造業能源使用,1,CH4,0.280,',
      );
      expect(gpc.out).toContain('2023,AR5,V.1,agriculture,agriculture_livestock,畜牧,1,CO2e,,NO');
      expect(gpc.out).toContain('2023,AR5,TOTAL,gross,,,,,2.039,');
      expect((await run('inventory', 'import', file)).err).toMatch(
        /already has inventories for 2023; import with --replace/,
      );
      expect(await run('inventory', 'import', file, '--replace')).toMatchObject({ status: 0 });
      // Two imports, two audit entries; the refused one wrote none.
      expect(await auditEntries(run)).toBe(audited + 2);
    });

    it('shows the pathway and the gap, as text and as JSON', async () => {
      const text = await run('pathway');
      expect(text.status).toBe(0);
      expect(text.out).toMatch(/2030\s+4629\.80/);
      const json = JSON.parse((await run('pathway', '--json')).out) as {
        trajectory: { year: number; valueT: string }[];
      };
      expect(json.trajectory.find((t) => t.year === 2050)?.valueT).toBe('0');
    });

    it('shows the carbon budget against its cap and pathway, and moves its approval', async () => {
      const text = await run('budget', 'status');
      expect(text.out).toContain(
        'cb-2025-2026 2025–2026 (council_approved): cap 5093.73 萬公噸 a year, 10187.46 for the period',
      );
      expect(text.out).toContain('no sector allocation');
      const json = JSON.parse((await run('budget', 'status', '--json')).out) as {
        budgets: { capT: string; pathwayCapT: string }[];
      };
      expect(json.budgets[0]).toMatchObject({ capT: '50937300', pathwayCapT: '99739120' });
      const refused = await run(
        'budget',
        'transition',
        '--budget',
        'cb-2025-2026',
        '--to',
        'draft',
        '--by',
        '秘書處',
      );
      expect(refused.status).toBe(1);
      expect(refused.err).toMatch(/approved budgets are final/);
      const audited = await auditEntries(run);
      expect(
        await run('budget', 'transition', '--budget', 'cb-2025-2026', '--to', 'x', '--by', 'y'),
      ).toMatchObject({ status: 1 });
      expect(await auditEntries(run)).toBe(audited);
    });
  });
}
