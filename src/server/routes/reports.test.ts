import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { correctSolar110 } from '../../db/test-support/kaohsiung-table1.js';
import { reportContentTypes } from '../../contracts/api/reports.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { createApp } from '../app.js';
import { ReportFiles } from '../report-files.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../test-support/api-client.js';
import { reportFormats } from '../../core/vocabulary/lists.js';

interface Snapshot {
  id: number;
  hash: string;
  asOf: string;
  formats: string[];
  reused?: boolean;
}
interface ApiErrorBody {
  code: string;
  message: string;
  details: { path: string; message: string }[];
}

const reports = '/cities/kaohsiung/plans/phase2/reports';
const AS_OF = '2023-09-30';

/** Every cell of every sheet, as exceljs reads it back: what a person opening the file sees. */
async function workbookCells(data: ArrayBuffer): Promise<Record<string, unknown>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data);
  const cells: Record<string, unknown> = {};
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells[`${sheet.name}!${cell.address}`] = cell.value;
      }),
    ),
  );
  return cells;
}

async function pdfText(data: ArrayBuffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'netzero-report-test-'));
  try {
    await writeFile(join(dir, 'r.pdf'), new Uint8Array(data));
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', join(dir, 'r.pdf'), '-']);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describeEachDatabase('results report downloads over the API', (getDb) => {
  let admin: ApiClient;
  let reviewer: ApiClient;
  let first: Snapshot;
  let firstXlsx: ArrayBuffer;
  const logged: unknown[] = [];

  beforeAll(async () => {
    const db = getDb().db;
    await seedDataset(db, 'kaohsiung');
    await addUser(db, 'kaohsiung', 'admin', 'admin', []);
    await addUser(db, 'kaohsiung', 'reviewer', 'reviewer', []);
    const app = createApp({ db, engine: getDb().engine, log: (e) => logged.push(e) });
    admin = new ApiClient(app);
    reviewer = new ApiClient(app);
    await admin.signIn('kaohsiung', 'admin', TEST_PASSWORD);
    await reviewer.signIn('kaohsiung', 'reviewer', TEST_PASSWORD);
  });

  it('generates a snapshot, audited, and lists it for a reviewer', async () => {
    const res = await admin.json<Snapshot>('POST', reports, { asOf: AS_OF });
    expect(res.status).toBe(201);
    first = res.body;
    expect(first).toMatchObject({ asOf: AS_OF, reused: false });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.formats).toEqual([...reportFormats]);
    // The same data again is the same report: no second copy.
    const again = await admin.json<Snapshot>('POST', reports, { asOf: AS_OF });
    expect(again.body).toMatchObject({ id: first.id, hash: first.hash, reused: true });
    const list = await reviewer.json<Snapshot[]>('GET', reports);
    expect(list.status).toBe(200);
    expect(list.body.map((s) => s.id)).toEqual([first.id]);
    const audit = await getDb()
      .db.selectFrom('audit_log')
      .select(['actor', 'entity_key', 'after'])
      .where('city_id', '=', 'kaohsiung')
      .where('action', '=', 'report.generate')
      .orderBy('seq')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor: 'admin',
      entity_key: String(first.id),
      after: { plan: 'phase2', asOf: AS_OF, hash: first.hash, reused: false },
    });
  });

  it('downloads the XLSX with its type and a UTF-8 file name', async () => {
    const res = await reviewer.request('GET', `${reports}/${first.id}/xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(reportContentTypes.xlsx);
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toContain(
      `attachment; filename="results-kaohsiung-phase2-${AS_OF}-s${first.id}.xlsx"`,
    );
    const encoded = /filename\*=UTF-8''(\S+)/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toMatch(/成果報告.*112年9月30日-s\d+\.xlsx$/);
    firstXlsx = await res.arrayBuffer();
    const cells = await workbookCells(firstXlsx);
    expect(Object.keys(cells).some((k) => k.startsWith('表1 推動成果!'))).toBe(true);
    expect(Object.values(cells)).toContain('老舊柴油車汰換');
  });

  it('downloads the DOCX as a Word document', async () => {
    const res = await admin.request('GET', `${reports}/${first.id}/docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(reportContentTypes.docx);
    const data = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(data.subarray(0, 2)).toString()).toBe('PK');
  });

  it('renders the same snapshot identically after the data changed', async () => {
    const { db, engine } = getDb();
    expect(await correctSolar110(db)).toBe(1n);
    const later = await admin.json<Snapshot>('POST', reports, { asOf: AS_OF });
    expect(later.status).toBe(201);
    expect(later.body.hash).not.toBe(first.hash);
    // A fresh server (nothing cached) renders the old snapshot from its frozen model.
    const fresh = new ApiClient(createApp({ db, engine }));
    await fresh.signIn('kaohsiung', 'admin', TEST_PASSWORD);
    const old = await fresh.request('GET', `${reports}/${first.id}/xlsx`);
    expect(await workbookCells(await old.arrayBuffer())).toEqual(await workbookCells(firstXlsx));
    const now = await fresh.request('GET', `${reports}/${later.body.id}/xlsx`);
    expect(await workbookCells(await now.arrayBuffer())).not.toEqual(
      await workbookCells(firstXlsx),
    );
    // The same server gives the very same bytes again.
    const repeat = await admin.request('GET', `${reports}/${first.id}/xlsx`);
    expect(Buffer.from(await repeat.arrayBuffer()).equals(Buffer.from(firstXlsx))).toBe(true);
    const list = await admin.json<Snapshot[]>('GET', reports);
    expect(list.body.map((s) => s.id)).toEqual([later.body.id, first.id]);
  });

  it('refuses bad input with clear codes', async () => {
    const cases: [string, string, unknown, number, string, string][] = [
      ['GET', `${reports}/${first.id}/html`, undefined, 400, 'VALIDATION_FAILED', 'format'],
      ['GET', `${reports}/abc/pdf`, undefined, 400, 'VALIDATION_FAILED', 'id'],
      ['GET', `${reports}/99999/pdf`, undefined, 404, 'NOT_FOUND', 'snapshot'],
      ['POST', reports, { asOf: '2023-02-30' }, 400, 'VALIDATION_FAILED', 'body.asOf'],
      ['POST', reports, { asOf: 'yesterday' }, 400, 'VALIDATION_FAILED', 'body.asOf'],
      ['POST', reports, { asOf: AS_OF, extra: 1 }, 400, 'VALIDATION_FAILED', 'body'],
      ['POST', '/cities/kaohsiung/plans/phase9/reports', { asOf: AS_OF }, 404, 'NOT_FOUND', ''],
      ['GET', '/cities/kaohsiung/plans/phase9/reports', undefined, 404, 'NOT_FOUND', ''],
      [
        'GET',
        `/cities/kaohsiung/plans/phase9/reports/${first.id}/xlsx`,
        undefined,
        404,
        'NOT_FOUND',
        '',
      ],
    ];
    for (const [method, path, body, status, code, detail] of cases) {
      const res = await admin.json<ApiErrorBody>(method, path, body);
      expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status, code });
      if (detail) expect(res.body.details.map((d) => d.path).join()).toContain(detail);
    }
  });

  it('converts to PDF and ODT with LibreOffice, one at a time; a full queue is told to retry', async () => {
    const { db, engine } = getDb();
    const files = new ReportFiles({ maxWaiting: 0, log: () => undefined });
    const app = createApp({ db, engine, reportFiles: files, log: () => undefined });
    const client = new ApiClient(app);
    await client.signIn('kaohsiung', 'reviewer', TEST_PASSWORD);
    const list = await client.json<Snapshot[]>('GET', reports);
    const [newer, older] = list.body;
    if (!newer || !older) throw new Error('two snapshots expected');
    const answers = await Promise.all(
      [older, newer].map(async (snapshot) => ({
        snapshot,
        res: await client.request('GET', `${reports}/${snapshot.id}/pdf`),
      })),
    );
    // Whichever reached LibreOffice first is converted; the other is told to retry.
    expect(answers.map((a) => a.res.status).sort()).toEqual([200, 429]);
    const busy = answers.find((a) => a.res.status === 429);
    const done = answers.find((a) => a.res.status === 200);
    if (!busy || !done) throw new Error('one 200 and one 429 expected');
    expect(((await busy.res.json()) as ApiErrorBody).message).toMatch(/LibreOffice is busy/);
    const pdf = done.res;
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(await pdf.arrayBuffer());
    expect(text).toContain('老舊柴油車汰換');
    // The ODT came from the same LibreOffice run: served without waiting for another.
    const odt = await client.request('GET', `${reports}/${done.snapshot.id}/odt`);
    expect(odt.status).toBe(200);
    expect(odt.headers.get('content-type')).toBe(reportContentTypes.odt);
    const odtBytes = Buffer.from(await odt.arrayBuffer());
    expect(odtBytes.subarray(30, 38).toString()).toBe('mimetype');
  }, 180_000);

  it('answers a failed conversion with a clear error, and keeps serving', async () => {
    const { db, engine } = getDb();
    const broken = new ReportFiles({
      convert: { soffice: '/nonexistent/soffice' },
      log: () => undefined,
    });
    const client = new ApiClient(
      createApp({ db, engine, reportFiles: broken, log: () => undefined }),
    );
    await client.signIn('kaohsiung', 'admin', TEST_PASSWORD);
    const res = await client.json<ApiErrorBody>('GET', `${reports}/${first.id}/pdf`);
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('INTERNAL');
    expect(res.body.message).toMatch(/PDF.*could not be made \(LibreOffice conversion failed\)/);
    const docx = await client.request('GET', `${reports}/${first.id}/docx`);
    expect(docx.status).toBe(200);
  });
});
