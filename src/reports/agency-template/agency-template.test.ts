import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildAgencyTemplate } from './build-agency-template.js';
import { SHEETS } from './layout.js';
import { parseAgencyUpload } from './parse-agency-upload.js';
import type { ParseOutcome, RoundTemplateInput } from './types.js';
import { interpolate } from '../../core/catalog/catalog.js';
import { en } from '../../core/catalog/en.js';
import { zhTW } from '../../core/catalog/zh-TW.js';
import { withEntry, zerosDeflated } from '../../core/test-support/zip-bomb.js';

const round: RoundTemplateInput = {
  city: 'kaohsiung',
  round: '2024-h1',
  plan: 'phase2',
  period: { start: '2024-01-01', end: '2024-06-30', label: '113年1–6月' },
  cutOff: '2024-07-15',
  agency: { code: 'tb', name: '交通局' },
  measures: [
    {
      sector: 'transport',
      sectorName: '運輸',
      no: 4,
      name: '共享汽、機車推動',
      indicators: [
        {
          key: 'vehicles',
          label: '共享運具數',
          unit: '輛',
          previous: [{ label: '112年', value: '4215' }],
        },
        {
          key: 'trips',
          label: '租借人次',
          unit: '萬人次',
          previous: [{ label: '112年', value: '75' }],
        },
      ],
    },
    { sector: 'transport', sectorName: '運輸', no: 9, name: '公共自行車騎乘優惠', indicators: [] },
  ],
};
const expected = { city: 'kaohsiung', round: '2024-h1', agency: 'tb' };
// Columns of the figures sheet: 6 fixed, 1 previous (112年), then the value and the note.
const VALUE = 8;

/** The template, edited by `edit` as a clerk (or a vandal) would, then uploaded. */
async function upload(edit: (book: ExcelJS.Workbook) => void): Promise<ParseOutcome> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await buildAgencyTemplate(round)) as unknown as ArrayBuffer);
  edit(book);
  return parseAgencyUpload(Buffer.from(await book.xlsx.writeBuffer()), expected);
}
const sheet = (book: ExcelJS.Workbook, name: string) => {
  const s = book.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const fill = (book: ExcelJS.Workbook) => {
  const figures = sheet(book, SHEETS.figures);
  figures.getRow(2).getCell(VALUE).value = 4300;
  figures.getRow(3).getCell(VALUE).value = 41.5;
  figures.getRow(3).getCell(VALUE + 1).value = '1–6 月';
  sheet(book, SHEETS.texts).getRow(3).getCell(5).value = '資料蒐集至 6 月，預計年底達標。';
};
const cells = (outcome: ParseOutcome) => (outcome.ok ? [] : outcome.issues.map((i) => i.cell));

describe('the agency Excel template', () => {
  it('round-trips: a filled template becomes the draft submission', async () => {
    const outcome = await upload(fill);
    expect(outcome).toEqual({
      ok: true,
      submission: {
        ...expected,
        period: { start: '2024-01-01', end: '2024-06-30' },
        figures: [
          { sector: 'transport', no: 4, indicator: 'vehicles', value: '4300', note: null },
          { sector: 'transport', no: 4, indicator: 'trips', value: '41.5', note: '1–6 月' },
        ],
        texts: [
          {
            sector: 'transport',
            no: 9,
            qualitative: null,
            explanation: '資料蒐集至 6 月，預計年底達標。',
          },
        ],
      },
    });
  });

  it('locks everything but the cells to fill, and validates the numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildAgencyTemplate(round)) as unknown as ArrayBuffer);
    const figures = sheet(book, SHEETS.figures);
    const locked = (row: number, column: number) =>
      (figures.getRow(row).getCell(column).protection as Partial<ExcelJS.Protection> | undefined)
        ?.locked ?? true;
    expect(locked(2, 5)).toBe(true);
    expect(
      (figures as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
    ).toBe(true);
    expect(locked(2, VALUE)).toBe(false);
    expect(figures.getRow(2).getCell(VALUE).dataValidation.type).toBe('decimal');
    expect(figures.getRow(2).getCell(7).value).toBe(4215);
    expect(book.getWorksheet(SHEETS.meta)?.state).toBe('veryHidden');
  });

  it('refuses what is not an xlsx, and an encrypted file, before parsing', async () => {
    expect(await parseAgencyUpload(Buffer.from('name,value\n'), expected)).toMatchObject({
      ok: false,
      issues: [{ code: 'not_xlsx', message: 'not an Excel (.xlsx) file' }],
    });
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    const encrypted = await parseAgencyUpload(ole, expected);
    expect(encrypted.ok ? '' : encrypted.issues[0]?.message).toMatch(/encrypted/);
  });

  it('refuses a zip that would inflate beyond the limit, without inflating it', async () => {
    const bomb = Buffer.from(await buildAgencyTemplate(round));
    // Declare 100 MB for the first entry of the central directory, as a zip bomb would.
    const eocd = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bomb.writeUInt32LE(100 * 1024 * 1024, bomb.readUInt32LE(eocd + 16) + 24);
    const outcome = await parseAgencyUpload(bomb, expected);
    expect(outcome.ok ? '' : outcome.issues[0]?.message).toMatch(/inflates beyond/);
  });

  it('refuses a bomb whose entries declare small sizes, inflating no further than the limit', async () => {
    // 1 GB of zeros in about 1 MB, declaring 1,000 bytes: the directory alone cannot tell.
    const bomb = withEntry(Buffer.from(await buildAgencyTemplate(round)), {
      name: 'xl/media/image1.bin',
      deflated: zerosDeflated(1024),
      declaredBytes: 1000,
    });
    const before = process.memoryUsage().rss;
    const outcome = await parseAgencyUpload(bomb, expected);
    expect(outcome.ok ? '' : outcome.issues[0]?.code).toBe('inflates_too_much');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a zip named .xlsx that is not a workbook', async () => {
    const template = Buffer.from(await buildAgencyTemplate(round));
    // A workbook's parts renamed away: still a valid zip, no longer an xlsx.
    const renamed = Buffer.from(
      template.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xmm'),
      'latin1',
    );
    const outcome = await parseAgencyUpload(renamed, expected);
    expect(outcome.ok ? '' : outcome.issues[0]?.code).toBe('not_xlsx');
  });

  it("refuses another agency's or another round's template", async () => {
    const book = await buildAgencyTemplate(round);
    for (const other of [
      { ...expected, agency: 'epb' },
      { ...expected, round: '2024-h2' },
    ]) {
      const outcome = await parseAgencyUpload(book, other);
      expect(outcome.ok ? '' : outcome.issues[0]?.message).toMatch(
        /template is for another (agency|round)/,
      );
    }
  });

  it('names each bad cell: text in a number cell, a formula, a huge string, a merge', async () => {
    const outcome = await upload((book) => {
      fill(book);
      const figures = sheet(book, SHEETS.figures);
      figures.getRow(2).getCell(VALUE).value = '約四千';
      figures.getRow(3).getCell(VALUE).value = { formula: 'G3*2', result: 150 };
      sheet(book, SHEETS.texts).getRow(2).getCell(4).value = '長'.repeat(5000);
      sheet(book, SHEETS.texts).mergeCells('D3:E3');
    });
    expect(cells(outcome).sort()).toEqual(
      [
        `${SHEETS.figures}!H2`,
        `${SHEETS.figures}!H3`,
        `${SHEETS.texts}!D2`,
        `${SHEETS.texts}!D3:E3`,
      ].sort(),
    );
    if (!outcome.ok)
      for (const i of outcome.issues)
        for (const catalog of [zhTW, en]) {
          const words = interpolate(catalog.uploadProblem[i.code], i.params);
          expect(words.length, i.code).toBeGreaterThan(0);
          expect(words, i.code).not.toMatch(/\{\w+\}/);
        }
  });

  it('refuses an edited structure: a changed indicator row, an added row, a renamed header', async () => {
    const outcome = await upload((book) => {
      const figures = sheet(book, SHEETS.figures);
      figures.getRow(1).getCell(5).value = '指標名稱';
      figures.getRow(2).getCell(4).value = 'bikes';
      figures.getRow(4).values = ['運輸', 99, '新措施', 'x', 'x', '輛', null, 5];
    });
    expect(cells(outcome)).toEqual([
      `${SHEETS.figures}!E1`,
      `${SHEETS.figures}!D2`,
      `${SHEETS.figures}!A4`,
    ]);
  });

  it('refuses tens of thousands of rows without reading them into a submission', async () => {
    const outcome = await upload((book) => {
      const figures = sheet(book, SHEETS.figures);
      for (let r = 4; r < 20_004; r++) figures.getRow(r).getCell(1).value = r;
    });
    expect(outcome.ok ? '' : outcome.issues[0]?.message).toMatch(/too many rows/);
  });
});
