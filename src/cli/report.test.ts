import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, withEnvDatabase } from './test-support/run-cli.js';
import { zhTW } from '../core/catalog/zh-TW.js';
import { Decimal } from '../core/decimal.js';
import { openTestDatabaseEnv, type TestDatabaseEnv } from '../db/test-support/databases.js';
import { correctSolar110, table1ReductionsWan } from '../db/test-support/kaohsiung-table1.js';
import { convertDocument } from '../reports/render/libreoffice.js';

const run = promisify(execFile);
/** The sectors' Chinese names, as the catalog words them for every reader. */
const SECTORS: Record<string, string> = zhTW.sector;
const sectorSum = (code: string) =>
  (table1ReductionsWan[code] ?? []).reduce((t, v) => t.plus(v ?? 0), new Decimal(0)).toFixed(2);
const FILE = 'results-kaohsiung-phase2-2023-09-30';

const cli = (env: Record<string, string>, ...argv: string[]) => cliRunner(env)(...argv);

/** `netzero report results` for Kaohsiung, with the flags a test adds. */
const kaohsiungReport = (env: Record<string, string>, ...flags: string[]) =>
  cli(env, 'report', 'results', '--city', 'kaohsiung', ...flags);

/** Table 1's sheet as rows keyed by header. */
const table1Sheet = (path: string) => sheetRows(path, '表1 推動成果');

/** A sheet of the workbook as rows keyed by header. */
async function sheetRows(path: string, name: string): Promise<Record<string, unknown>[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

// LibreOffice is slow to start: the four files are made once, by the CLI, and shared.
describe('the results report files, read back by real readers', () => {
  let database: TestDatabaseEnv;
  let out: string;
  let pdfText: string;
  beforeAll(async () => {
    database = await openTestDatabaseEnv('pglite');
    out = await mkdtemp(join(tmpdir(), 'netzero-report-'));
    expect(await cli(database.env, 'seed', 'kaohsiung')).toMatchObject({ status: 0 });
    const made = await kaohsiungReport(
      database.env,
      '--plan',
      'phase2',
      '--as-of',
      '2023-09-30',
      '--format',
      'docx,odt,pdf,xlsx',
      '--out',
      out,
    );
    expect(made).toMatchObject({ status: 0 });
    expect(made.out).toMatch(/^Snapshot 1 \(sha256 [0-9a-f]{12}\) of kaohsiung\./);
    pdfText = (await run('pdftotext', ['-layout', join(out, `${FILE}.pdf`), '-'])).stdout;
  });
  afterAll(async () => {
    await database.dispose();
    await rm(out, { recursive: true, force: true });
  });

  it('writes a DOCX with real headings, a table of contents and page numbers', async () => {
    const { stdout } = await run('unzip', ['-p', join(out, `${FILE}.docx`), 'word/document.xml']);
    expect(stdout).toContain('w:val="Heading1"');
    expect(stdout).toMatch(/TOC \\h \\o/);
    expect(stdout).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="true"\/>/);
    const footer = (await run('unzip', ['-p', join(out, `${FILE}.docx`), 'word/footer1.xml']))
      .stdout;
    expect(footer).toContain('PAGE');
  });

  it("embeds chapter 1's two charts as images: SVG with a PNG fallback each", async () => {
    const { stdout: listing } = await run('unzip', ['-l', join(out, `${FILE}.docx`)]);
    const media = listing.match(/word\/media\/\S+/g) ?? [];
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(2);
    expect(media.filter((m) => m.endsWith('.svg'))).toHaveLength(2);
    const { stdout } = await run('unzip', ['-p', join(out, `${FILE}.docx`), 'word/document.xml']);
    expect(stdout.match(/<w:drawing>/g)).toHaveLength(2);
    expect(stdout).toContain('descr="截至 112年9月30日');
    const png = (
      await run(
        'unzip',
        ['-p', join(out, `${FILE}.docx`), media.find((m) => m.endsWith('.png')) ?? ''],
        { encoding: 'buffer' },
      )
    ).stdout;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it("prints chapter 1's figures in the PDF, with the charts' captions and the sources", () => {
    const text = pdfText.replace(/\s+/g, '');
    for (const figure of [
      '2022年5,235.00萬公噸CO₂e〔2〕',
      '2005年基準年6,614.00萬公噸CO₂e〔1〕減少20.85%',
      '減量30%，即淨排放量不超過4,629.80萬公噸',
      '2022年淨排放量應為5,264.74萬公噸',
      '工業部門約占83%',
      '每年排放上限5,093.73萬公噸',
      '圖1歷年溫室氣體淨排放量與減量路徑',
      '圖22021年溫室氣體排放結構',
      '〔2〕中央社—高雄市2022年溫室氣體淨排放量',
    ])
      expect(text, figure).toContain(figure);
  });

  it("puts chapter 1's figures in their own sheet, numbers as numbers", async () => {
    const rows = await sheetRows(join(out, `${FILE}.xlsx`), '第一章 排放現況');
    const row = (item: string) => rows.find((r) => r['項目'] === item);
    expect(row('最新年度淨排放量')).toMatchObject({
      年: 2022,
      '數值 (公噸 CO₂e)': 52350000,
      '數值 (萬公噸 CO₂e)': 5235,
    });
    expect(row('較基準年增減率')?.['百分比 (%)']).toBe(-20.85);
    expect(row('目標：2030 年較 2005 年減量 30%')?.['數值 (公噸 CO₂e)']).toBe(46298000);
    expect(row('排放占比：工業部門')?.['百分比 (%)']).toBe(83);
  });

  it('converts the DOCX to a PDF whose Chinese text extracts, Table 1 and Table 5 included', () => {
    expect(pdfText).toContain('112 年度高雄市第二期溫室氣體減量執行方案成');
    // pdftotext closes up the space in 「表 1」.
    expect(pdfText).toMatch(/表\s*1\s+110~112\/9 第二期溫室氣體減量執行方案推動成果/);
    expect(pdfText).toMatch(/表\s*5\s+進度落後說明/);
    expect(pdfText).toContain('111 年執行量');
    // LibreOffice filled the table of contents, page numbers included.
    expect(pdfText).toMatch(/第三章\s+執行檢討\.{5,}\d+/);
  });

  it("shows in the PDF each sector's reductions and subtotal, as transcribed from the seed", () => {
    let rest = pdfText.slice(pdfText.search(/表\s*1\s/));
    for (const [code, name] of Object.entries(SECTORS)) {
      const end = rest.search(new RegExp(`${name}部門小計（\\d+ 項措施）`));
      expect(end, `${name} subtotal`).toBeGreaterThan(0);
      const slice = rest.slice(0, end);
      const tokens = slice.split(/\s+/);
      const expected = (table1ReductionsWan[code] ?? []).filter((v): v is string => v !== null);
      // 住商1 prints its three rows' reductions (0.05, 0.20, 40.38), not their sum.
      const printed =
        code === 'residential_commercial'
          ? expected.flatMap((v) => (v === '40.63' ? ['0.05', '0.20', '40.38'] : [v]))
          : expected;
      for (const value of new Set(printed)) {
        const want = printed.filter((v) => v === value).length;
        expect(tokens.filter((t) => t === value).length, `${name} ${value}`).toBeGreaterThanOrEqual(
          want,
        );
      }
      rest = rest.slice(end);
      const subtotal = /^\S+部門小計（\d+ 項措施）\s+(\S+)/.exec(rest)?.[1];
      expect(subtotal, `${name} subtotal`).toBe(sectorSum(code));
    }
    expect(rest).toMatch(/共計減碳量\(萬噸 CO₂e\)\s+464\.73/);
  });

  it("never begins a page of Table 1 with a sector's subtotal, cut off from its measures", () => {
    const pages = pdfText.split('\f').filter((page) => page.includes('部門小計'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const lines = page.split('\n').filter((l) => l.trim() !== '');
      // The repeated header ends with the unit line of its last column.
      const headerEnd = lines.findIndex((l) => l.includes('CO₂e)'));
      expect(lines[headerEnd + 1] ?? '', page.slice(0, 200)).not.toMatch(/部門小計/);
    }
  });

  it('writes an ODT that LibreOffice opens and converts again', async () => {
    const odt = await readFile(join(out, `${FILE}.odt`));
    expect(odt.subarray(0, 2).toString()).toBe('PK');
    const pdf = await convertDocument(odt, 'odt', 'pdf');
    const path = join(out, 'from-odt.pdf');
    await writeFile(path, pdf);
    const { stdout } = await run('pdftotext', [path, '-']);
    expect(stdout).toMatch(/表\s*1/);
    expect(stdout).toContain('464.73');
  });

  it('writes an XLSX whose Table 1 numbers are numbers and add up to the sector totals', async () => {
    const rows = await table1Sheet(join(out, `${FILE}.xlsx`));
    const column = '總減碳量 (萬噸 CO₂e)';
    for (const [code, name] of Object.entries(SECTORS)) {
      const values = rows.filter((r) => r['部門'] === name).map((r) => r[column]);
      expect(values.every((v) => v === null || typeof v === 'number')).toBe(true);
      const total = values.reduce<Decimal>(
        (t, v) => t.plus(typeof v === 'number' ? v : 0),
        new Decimal(0),
      );
      expect([name, total.toFixed(2)]).toEqual([name, sectorSum(code)]);
    }
    expect(rows.find((r) => r['部門'] === '共計')?.[column]).toBe(464.73);
    const solar = rows.find((r) => r['執行措施或實施計畫'] === '再生能源發電設備認定與查核作業');
    expect([solar?.['110年執行量'], solar?.['111年執行量'], solar?.['112/1~9月執行量']]).toEqual([
      295, 367, 174,
    ]);
  });

  it('renders a snapshot again, unchanged, after the data changed', async () => {
    expect(await withEnvDatabase(database.env, correctSolar110)).toBe(1n);
    const again = join(out, 'again');
    const fresh = join(out, 'fresh');
    expect(
      await kaohsiungReport(database.env, '--snapshot', '1', '--format', 'xlsx', '--out', again),
    ).toMatchObject({ status: 0 });
    const made = await kaohsiungReport(
      database.env,
      '--as-of',
      '2023-09-30',
      '--format',
      'xlsx',
      '--out',
      fresh,
    );
    expect(made.out).toMatch(/^Snapshot 2 /);
    const [original, frozen, changed] = await Promise.all(
      [out, again, fresh].map((dir) => table1Sheet(join(dir, `${FILE}.xlsx`))),
    );
    expect(frozen).toEqual(original);
    expect(changed).not.toEqual(original);
    expect(await kaohsiungReport(database.env, '--snapshot', '9')).toMatchObject({ status: 1 });
  });
});
