import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { xlsxContentType } from '../../contracts/api/round-templates.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { openRound } from '../../db/rounds/rounds.js';
import { KAOHSIUNG_H1_2025 } from '../../db/test-support/rounds.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { SHEETS, VALUE_HEADER } from '../../reports/agency-template/layout.js';
import { createApp } from '../app.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../test-support/api-client.js';

interface ApiErrorBody {
  code: string;
  message: string;
  details: { path: string; message: string }[];
}

/** Fills every figure of the downloaded template with 5, 10, 15 … and every measure's texts. */
async function fill(
  template: Uint8Array,
  edit?: (book: ExcelJS.Workbook, valueColumn: number) => void,
) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const figures = book.getWorksheet(SHEETS.figures);
  const texts = book.getWorksheet(SHEETS.texts);
  if (!figures || !texts) throw new Error('template sheets missing');
  let column = 0;
  figures.getRow(1).eachCell((cell, n) => {
    if (typeof cell.value === 'string' && cell.value.startsWith(VALUE_HEADER)) column = n;
  });
  for (let r = 2; r <= figures.rowCount; r++) figures.getRow(r).getCell(column).value = 5 * r;
  for (let r = 2; r <= texts.rowCount; r++) texts.getRow(r).getCell(4).value = '依進度執行。';
  edit?.(book, column);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describeEachDatabase('agency template over the API', (getDb) => {
  let editor: ApiClient;
  let admin: ApiClient;
  let path = '';
  let template = new Uint8Array();

  beforeAll(async () => {
    const db = getDb().db;
    await seedDataset(db, 'kaohsiung');
    await addUser(db, 'kaohsiung', 'epb-clerk', 'agency_editor', ['epb']);
    await addUser(db, 'kaohsiung', 'admin', 'admin', []);
    const app = createApp({ db, engine: getDb().engine, log: () => undefined });
    editor = new ApiClient(app);
    admin = new ApiClient(app);
    await editor.signIn('kaohsiung', 'epb-clerk', TEST_PASSWORD);
    await admin.signIn('kaohsiung', 'admin', TEST_PASSWORD);
    const round = await openRound(db, 'kaohsiung', KAOHSIUNG_H1_2025, 'test');
    path = `/cities/kaohsiung/rounds/${String(round.id)}/agencies/epb/template`;
  });

  it('gives the agency editor its template as an xlsx download', async () => {
    const res = await editor.request('GET', path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(xlsxContentType);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="kaohsiung-round\d+-epb\.xlsx"/,
    );
    template = new Uint8Array(await res.arrayBuffer());
    expect([...template.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('files the upload as drafts, and the same upload again changes nothing', async () => {
    const file = await fill(template);
    const first = await editor.json<{ saved: { version: number }[]; unchanged: unknown[] }>(
      'POST',
      path,
      file,
    );
    expect(first.status).toBe(200);
    expect(first.body.saved.length).toBeGreaterThan(0);
    expect(first.body.saved.every((s) => s.version === 1)).toBe(true);
    const again = await editor.json<{ saved: unknown[]; unchanged: unknown[] }>('POST', path, file);
    expect(again.status).toBe(200);
    expect(again.body.saved).toEqual([]);
    expect(again.body.unchanged.length).toBe(first.body.saved.length + first.body.unchanged.length);
  });

  it('refuses every bad file kind with a clear message, and stays up', async () => {
    const textInNumber = await fill(template, (b, column) => {
      const figures = b.getWorksheet(SHEETS.figures);
      if (figures) figures.getRow(2).getCell(column).value = 'abc';
    });
    const cases: [Uint8Array, number, RegExp][] = [
      [new Uint8Array(), 400, /filled \.xlsx/],
      [new TextEncoder().encode('a,b\n1,2\n'), 400, /not an Excel/],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]), 400, /encrypted/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 400, /damaged|inflates/],
      [new Uint8Array(3 * 1024 * 1024).fill(0x50), 413, /too large/],
    ];
    for (const [body, status, reason] of cases) {
      const res = await editor.json<ApiErrorBody>('POST', path, body);
      expect(res.status).toBe(status);
      expect(`${res.body.message} ${JSON.stringify(res.body.details)}`).toMatch(reason);
    }
    const cell = await editor.json<ApiErrorBody>('POST', path, textInNumber);
    expect(cell.status).toBe(400);
    expect(cell.body.code).toBe('VALIDATION_FAILED');
    expect(cell.body.details.some((d) => /^執行量![A-Z]+\d+$/.test(d.path))).toBe(true);
    // Another agency's template, uploaded to this agency's address: refused, not filed.
    const tb = await admin.request('GET', path.replace('/epb/', '/tb/'));
    const other = await admin.json<ApiErrorBody>(
      'POST',
      path,
      await fill(new Uint8Array(await tb.arrayBuffer())),
    );
    expect(other.status).toBe(400);
    expect(other.body.message).toMatch(/another agency \(tb\), expected epb/);
    // The client words the problem from its code and parameters.
    expect(other.body.details).toMatchObject([
      { path: '_meta', code: 'other_agency', params: { found: 'tb', expected: 'epb' } },
    ]);
    const forbidden = await editor.json<ApiErrorBody>(
      'POST',
      path.replace('/epb/', '/tb/'),
      template,
    );
    expect(forbidden.status).toBe(403);
    expect((await editor.request('GET', '/health')).status).toBe(200);
  });

  it('refuses an upload without the CSRF token', async () => {
    const res = await editor.request('POST', path, await fill(template), { 'X-CSRF-Token': '' });
    expect(res.status).toBe(403);
  });
});
