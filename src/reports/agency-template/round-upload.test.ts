import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { NetZeroError } from '../../core/errors.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { openRound } from '../../db/rounds/rounds.js';
import { KAOHSIUNG_H1_2025 } from '../../db/test-support/rounds.js';
import { getSubmission, saveSubmission, submitSubmission } from '../../db/rounds/submissions.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { buildAgencyTemplate } from './build-agency-template.js';
import { importRoundUpload } from './import-round-upload.js';
import { SHEETS, VALUE_HEADER } from './layout.js';
import { loadRoundTemplateInput } from './round-template.js';
import type { RoundTemplateInput } from './types.js';

const sheet = (book: ExcelJS.Workbook, name: string) => {
  const s = book.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

async function edited(template: Buffer, edit: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  edit(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The 1-based column of this period's figures, found by its header. */
function valueColumn(book: ExcelJS.Workbook): number {
  let found = 0;
  sheet(book, SHEETS.figures)
    .getRow(1)
    .eachCell((cell, n) => {
      if (typeof cell.value === 'string' && cell.value.startsWith(VALUE_HEADER)) found = n;
    });
  return found;
}

/** Every figure row gets 10, 20, 30 …; every measure a text and an explanation; one note. */
const fill = (book: ExcelJS.Workbook) => {
  const figures = sheet(book, SHEETS.figures);
  const column = valueColumn(book);
  for (let r = 2; r <= figures.rowCount; r++)
    figures.getRow(r).getCell(column).value = 10 * (r - 1);
  figures.getRow(2).getCell(column + 1).value = '1–6 月累計';
  const texts = sheet(book, SHEETS.texts);
  for (let r = 2; r <= texts.rowCount; r++) {
    texts.getRow(r).getCell(4).value = '持續推動，上半年進度符合預期。';
    texts.getRow(r).getCell(5).value = '預算到位後加速。';
  }
};

async function refusal(promise: Promise<unknown>): Promise<NetZeroError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof NetZeroError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describeEachDatabase('agency template wired to a reporting round', (getDb) => {
  let roundId = 0;
  let input: RoundTemplateInput;
  let template: Buffer;
  let filled: Buffer;
  const db = () => getDb().db;
  const auditCount = async () =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from audit_log`.execute(db())).rows[0]?.n,
    );
  const versions = async () =>
    Promise.all(
      input.measures.map(async (m) => {
        const s = await getSubmission(db(), {
          city: 'kaohsiung',
          roundId,
          sector: m.sector,
          no: m.no,
        });
        return `${s.state}@${String(s.version)}`;
      }),
    );

  beforeAll(async () => {
    await seedDataset(db(), 'kaohsiung');
    const round = await openRound(db(), 'kaohsiung', KAOHSIUNG_H1_2025, 'test');
    roundId = round.id;
    input = await loadRoundTemplateInput(db(), 'kaohsiung', roundId, '交通局');
    template = await buildAgencyTemplate(input);
    filled = await edited(template, fill);
  });

  it("reads the agency's measures, units and earlier figures from the database", () => {
    expect(input.agency).toEqual({ code: 'tb', name: '交通局' });
    expect(input.period).toEqual({ start: '2025-01-01', end: '2025-06-30', label: '114年1–6月' });
    expect(input.measures.length).toBeGreaterThan(2);
    expect(input.measures.every((m) => m.sector !== '')).toBe(true);
    const indicators = input.measures.flatMap((m) => m.indicators);
    expect(indicators.length).toBeGreaterThan(0);
    expect(indicators.every((i) => i.unit !== '')).toBe(true);
    expect(indicators.some((i) => i.previous.length > 0)).toBe(true);
  });

  it('saves nothing from the template as downloaded, and says every measure was left blank', async () => {
    const state = await versions();
    const audits = await auditCount();
    const untouched = await importRoundUpload(db(), template, 'clerk');
    expect(untouched.saved).toEqual([]);
    // No measure has a draft yet, so none is "unchanged": each was left blank.
    expect(untouched.unchanged).toEqual([]);
    expect(untouched.blank).toEqual(input.measures.map((m) => ({ sector: m.sector, no: m.no })));
    expect(await versions()).toEqual(state);
    expect(await auditCount()).toBe(audits);
  });

  it('files the upload as DRAFT submissions, audited, and the same file again changes nothing', async () => {
    const before = await auditCount();
    const first = await importRoundUpload(db(), filled, 'clerk');
    expect(first.agency.code).toBe('tb');
    const withContent = input.measures.filter((m) => m.indicators.length > 0).length;
    expect(first.saved.length).toBe(input.measures.length);
    expect(withContent).toBeGreaterThan(0);
    expect(first.saved.every((s) => s.version === 1)).toBe(true);
    const m0 = input.measures[0];
    if (!m0) throw new Error('no measures');
    const detail = await getSubmission(db(), {
      city: 'kaohsiung',
      roundId,
      sector: m0.sector,
      no: m0.no,
    });
    expect(detail.state).toBe('draft');
    expect(detail.updatedBy).toBe('clerk');
    expect(detail.qualitativeText).toContain('持續推動，上半年進度符合預期。');
    expect(detail.qualitativeText).toContain('1–6 月累計');
    if (m0.indicators.length > 0) expect(detail.figures[0]?.value).toBe('10');
    // One save entry per measure, one for the upload.
    expect(await auditCount()).toBe(before + first.saved.length + 1);

    const state = await versions();
    const again = await importRoundUpload(db(), filled, 'clerk');
    expect(again.saved).toEqual([]);
    expect(again.unchanged.length).toBe(input.measures.length);
    expect(again.blank).toEqual([]);
    expect(await versions()).toEqual(state);
    expect(await auditCount()).toBe(before + first.saved.length + 1);
  });

  it('refuses bad files with sheet!cell reasons and writes nothing', async () => {
    const state = await versions();
    const audits = await auditCount();
    const column = valueColumn(await loadBook(filled));
    const letter = String.fromCharCode(64 + column);
    const cases: [string, Buffer, RegExp][] = [
      ['not an Excel file', Buffer.from('name,value\nx,1\n'), /not an Excel/],
      ['an encrypted/old file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), /encrypted/],
      ['a damaged zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /damaged|inflates/],
      [
        'text in a number cell',
        await edited(filled, (b) => {
          sheet(b, SHEETS.figures).getRow(3).getCell(column).value = '很多';
        }),
        new RegExp(`${SHEETS.figures}!${letter}3`),
      ],
      [
        'a negative number',
        await edited(filled, (b) => {
          sheet(b, SHEETS.figures).getRow(2).getCell(column).value = -5;
        }),
        new RegExp(`${SHEETS.figures}!${letter}2`),
      ],
      [
        'a template of another city',
        await edited(filled, (b) => {
          sheet(b, SHEETS.meta).getRow(2).getCell(2).value = 'taipei';
        }),
        /taipei|structure|another/,
      ],
    ];
    for (const [what, file, reason] of cases) {
      const error = await refusal(importRoundUpload(db(), file, 'clerk'));
      const text = `${error.message} ${error.issues.map((i) => `${i.path} ${i.message}`).join(' ')}`;
      expect(text, what).toMatch(reason);
    }
    const other = await refusal(
      importRoundUpload(db(), filled, 'clerk', {
        city: 'kaohsiung',
        round: roundId,
        agencies: ['epb'],
      }),
    );
    expect(other.message).toMatch(/another agency \(tb\), expected epb/);
    expect(await versions()).toEqual(state);
    expect(await auditCount()).toBe(audits);
  });

  it('refuses to change a submitted measure, and writes none of the others', async () => {
    const m0 = input.measures.find((m) => m.indicators.length > 0);
    if (!m0) throw new Error('no quantified measure');
    const key = { city: 'kaohsiung', roundId, sector: m0.sector, no: m0.no };
    const draft = await getSubmission(db(), key);
    await submitSubmission(db(), key, draft.version, 'clerk');
    const state = await versions();
    const changed = await edited(filled, (b) => {
      const figures = sheet(b, SHEETS.figures);
      const column = valueColumn(b);
      for (let r = 2; r <= figures.rowCount; r++) figures.getRow(r).getCell(column).value = 7 * r;
    });
    const error = await refusal(importRoundUpload(db(), changed, 'clerk'));
    expect(error.message).toMatch(/submitted/);
    expect(error.issues[0]?.path).toMatch(new RegExp(`^${SHEETS.texts}!A\\d+$`));
    expect(await versions()).toEqual(state);
  });

  /** A template made now, with only the text of the measure at `index` filled. */
  const oneMeasureFilled = async (index: number, text: string) =>
    edited(
      await buildAgencyTemplate(await loadRoundTemplateInput(db(), 'kaohsiung', roundId, 'tb')),
      (b) => {
        sheet(b, SHEETS.texts)
          .getRow(index + 2)
          .getCell(4).value = text;
      },
    );
  const detailOf = (index: number) => {
    const m = input.measures[index];
    if (!m) throw new Error(`no measure ${String(index)}`);
    return getSubmission(db(), { city: 'kaohsiung', roundId, sector: m.sector, no: m.no });
  };
  /** Someone saves the measure at `index` in the web form, over its current version. */
  const webEdit = async (index: number, qualitativeText: string, by: string) => {
    const m = input.measures[index];
    if (!m) throw new Error(`no measure ${String(index)}`);
    const { version } = await detailOf(index);
    const key = { city: 'kaohsiung', roundId, sector: m.sector, no: m.no };
    await saveSubmission(
      db(),
      key,
      { version, figures: [], qualitativeText, laggingExplanation: null },
      by,
    );
    return m;
  };

  it('keeps a started draft that the file leaves blank', async () => {
    const keptBefore = await detailOf(2);
    expect(keptBefore.qualitativeText).toContain('持續推動');
    const outcome = await importRoundUpload(
      db(),
      await oneMeasureFilled(1, '只改第二項。'),
      'clerk',
    );
    expect(outcome.saved.map((s) => s.no)).toEqual([input.measures[1]?.no]);
    const kept = await detailOf(2);
    expect(kept.qualitativeText).toBe(keptBefore.qualitativeText);
    expect(kept.figures).toEqual(keptBefore.figures);
    expect(kept.version).toBe(keptBefore.version);
  });

  it("refuses with a 409 naming the measure when a colleague's web edit is newer than the template", async () => {
    const file = await oneMeasureFilled(2, '依範本填報。');
    const m2 = await webEdit(2, '同仁在網頁上的修改。', 'colleague');
    const state = await versions();
    const audits = await auditCount();
    const error = await refusal(importRoundUpload(db(), file, 'clerk'));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(
      `「${m2.name}」 was changed by colleague after this template was made`,
    );
    expect(error.issues[0]?.path).toBe(`${SHEETS.texts}!A4`);
    expect(await versions()).toEqual(state);
    expect(await auditCount()).toBe(audits);
    expect((await detailOf(2)).qualitativeText).toBe('同仁在網頁上的修改。');
    // The uploader's own later save is theirs to overwrite.
    const own = await oneMeasureFilled(1, '第一版。');
    await webEdit(1, '網頁上自己的修改。', 'clerk');
    expect((await importRoundUpload(db(), own, 'clerk')).saved.length).toBe(1);
  });

  it('refuses a template made before versions for a measure a colleague started', async () => {
    const old = await edited(await oneMeasureFilled(2, '舊範本。'), (b) => {
      sheet(b, SHEETS.meta).eachRow((row) => {
        if (row.getCell(1).value === 'version') row.getCell(1).value = null;
      });
    });
    const error = await refusal(importRoundUpload(db(), old, 'clerk'));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(
      /older release that does not record versions: download a new template/,
    );
  });
});

async function loadBook(data: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  return book;
}
