import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRound } from '../db/rounds/rounds.js';
import { openTestDatabaseEnv, type TestDatabaseEnv } from '../db/test-support/databases.js';
import { KAOHSIUNG_H1_2025 } from '../db/test-support/rounds.js';
import { SHEETS, VALUE_HEADER } from '../reports/agency-template/layout.js';
import { cliRunner, withEnvDatabase } from './test-support/run-cli.js';
import { databaseEngines } from '../core/vocabulary/lists.js';

const cli = (env: Record<string, string>, ...argv: string[]) => cliRunner(env)(...argv);

for (const engine of databaseEngines)
  describe(`netzero round template|import [${engine}]`, () => {
    let database: TestDatabaseEnv;
    let dir: string;
    let round = 0;
    beforeAll(async () => {
      database = await openTestDatabaseEnv(engine);
      dir = await mkdtemp(join(tmpdir(), 'netzero-round-'));
      expect(await cli(database.env, 'seed', 'kaohsiung')).toMatchObject({ status: 0 });
      round = (
        await withEnvDatabase(database.env, (db) =>
          openRound(db, 'kaohsiung', KAOHSIUNG_H1_2025, 'test'),
        )
      ).id;
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
      await database.dispose();
    });

    it('writes the template, files it as drafts, and a second import changes nothing', async () => {
      const file = join(dir, 'tb.xlsx');
      const made = await cli(
        database.env,
        'round',
        'template',
        '--city',
        'kaohsiung',
        '--round',
        String(round),
        '--agency',
        '交通局',
        '--out',
        file,
      );
      expect(made).toMatchObject({ status: 0 });
      expect(made.out).toMatch(/交通局 \(tb\), round \d+ \(114年1–6月\), \d+ measures/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const figures = book.getWorksheet(SHEETS.figures);
      if (!figures) throw new Error('no figures sheet');
      let column = 0;
      figures.getRow(1).eachCell((cell, n) => {
        if (typeof cell.value === 'string' && cell.value.startsWith(VALUE_HEADER)) column = n;
      });
      for (let r = 2; r <= figures.rowCount; r++) figures.getRow(r).getCell(column).value = r;
      await book.xlsx.writeFile(file);

      const first = await cli(database.env, 'round', 'import', file);
      expect(first).toMatchObject({ status: 0 });
      expect(first.out).toMatch(/[1-9]\d* drafts saved, \d+ unchanged/);
      expect(first.out).toMatch(/→ draft version 1/);
      const second = await cli(database.env, 'round', 'import', file);
      expect(second).toMatchObject({ status: 0 });
      expect(second.out).toMatch(/: 0 drafts saved, [1-9]\d* unchanged/);
    });

    it('refuses a bad file with exit 1 and the reason, and an unknown --as user', async () => {
      const bad = join(dir, 'bad.xlsx');
      await writeFile(bad, 'not a spreadsheet');
      const refused = await cli(database.env, 'round', 'import', bad);
      expect(refused.status).toBe(1);
      // A problem of the whole file names no cell.
      expect(refused.err).toMatch(/upload was refused: not an Excel \(\.xlsx\) file$/m);
      // A Chinese reader also gets the problem in Chinese, worded from its code.
      const chinese = await cli({ ...database.env, LANG: 'zh_TW.UTF-8' }, 'round', 'import', bad);
      expect(chinese.status).toBe(1);
      expect(chinese.err).toContain('  - file: 不是 Excel (.xlsx) 檔案');
      const nobody = await cli(
        database.env,
        'round',
        'import',
        join(dir, 'tb.xlsx'),
        '--as',
        'nobody',
      );
      expect(nobody.status).toBe(2);
      expect(nobody.err).toMatch(/"nobody" is not an admin or an agency_editor of tb/);
      const missing = await cli(database.env, 'round', 'template', '--city', 'kaohsiung');
      expect(missing.status).toBe(2);
    });
  });
