import ExcelJS from 'exceljs';
import { Decimal } from '../../core/decimal.js';
import { structureHash } from './build-agency-template.js';
import { columnLetter, FIGURE_HEADERS, FORMAT, LIMITS, SHEETS, TEXT_HEADERS } from './layout.js';
import { WHOLE_FILE } from '../../contracts/api/round-templates.js';
import type { DraftSubmission, ParseOutcome, UploadIssue } from './types.js';
import { declaredUncompressedBytes } from './zip-size.js';

export interface ExpectedUpload {
  city: string;
  round: string;
  agency: string;
}

const issue = (cell: string, zh: string, en: string): UploadIssue => ({ cell, zh, en });
const refuse = (cell: string, zh: string, en: string): ParseOutcome => ({
  ok: false,
  issues: [issue(cell, zh, en)],
});

/** The first bytes tell a zip (xlsx) from an OLE container (encrypted xlsx, or old .xls). */
function sniff(data: Buffer): ParseOutcome | null {
  if (data.length > LIMITS.bytes)
    return refuse(
      WHOLE_FILE,
      `檔案過大（${String(data.length)} 位元組，上限 ${String(LIMITS.bytes)}）`,
      `file too large (${String(data.length)} bytes, limit ${String(LIMITS.bytes)})`,
    );
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    return refuse(
      WHOLE_FILE,
      '檔案已加密或為舊版 .xls，請以未加密之 .xlsx 範本上傳',
      'the file is encrypted or an old .xls; upload the unencrypted .xlsx template',
    );
  if (!data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return refuse(WHOLE_FILE, '不是 Excel (.xlsx) 檔案', 'not an Excel (.xlsx) file');
  const inflated = declaredUncompressedBytes(data);
  if (inflated === null || inflated > LIMITS.uncompressedBytes)
    return refuse(
      WHOLE_FILE,
      `檔案解壓後過大或結構損毀（上限 ${String(LIMITS.uncompressedBytes)} 位元組）`,
      `the file inflates beyond ${String(LIMITS.uncompressedBytes)} bytes or its zip directory is damaged`,
    );
  return null;
}

type Cell = ExcelJS.Cell;

/** A cell's plain content, or an issue: formulas, rich text and errors are refused. */
function plain(cell: Cell, where: string, issues: UploadIssue[]): string | number | null {
  const v: unknown = cell.value;
  if (v === null || v === undefined || v === '') return null;
  if (cell.type === ExcelJS.ValueType.Formula) {
    issues.push(
      issue(where, '儲存格含公式，請改填數值', 'the cell holds a formula; enter a value'),
    );
    return null;
  }
  if (typeof v === 'number' || typeof v === 'string') {
    if (typeof v === 'string' && v.length > LIMITS.textLength) {
      issues.push(
        issue(
          where,
          `文字過長（${String(v.length)} 字，上限 ${String(LIMITS.textLength)}）`,
          `text too long (${String(v.length)} characters, limit ${String(LIMITS.textLength)})`,
        ),
      );
      return null;
    }
    return v;
  }
  issues.push(
    issue(
      where,
      '儲存格內容格式無法辨識（請勿使用公式、超連結或格式化文字）',
      'unreadable cell content (no formulas, links or rich text)',
    ),
  );
  return null;
}

function metaOf(book: ExcelJS.Workbook): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  book.getWorksheet(SHEETS.meta)?.eachRow((row) => {
    const key = row.getCell(1).value;
    const value = row.getCell(2).value;
    if (typeof key === 'string' && typeof value === 'string')
      meta.set(key, [...(meta.get(key) ?? []), value]);
  });
  return meta;
}

/** The identity a template carries in its hidden sheet: which city, round and agency it is for. */
export interface TemplateRecord {
  city: string;
  round: string;
  agency: string;
  /** Hash of the rows and measures the template was made with (see structureHash). */
  structure: string;
  /** Read-only columns of earlier figures before the value column. */
  previousColumns: number;
}

async function loadBook(
  data: Buffer,
): Promise<{ ok: true; book: ExcelJS.Workbook } | { ok: false; issues: UploadIssue[] }> {
  const sniffed = sniff(data);
  if (sniffed && !sniffed.ok) return sniffed;
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return refuseWith(
      WHOLE_FILE,
      '無法讀取此 Excel 檔（檔案損毀？）',
      'the workbook cannot be read (damaged file?)',
    );
  }
  return { ok: true, book };
}

const refuseWith = (cell: string, zh: string, en: string) => ({
  ok: false as const,
  issues: [issue(cell, zh, en)],
});

/**
 * Reads only the hidden record of an uploaded template (after the same size and kind checks as
 * the full parse), so the caller can tell which round and agency it is for before checking it.
 */
export async function readTemplateRecord(
  data: Buffer,
): Promise<{ ok: true; record: TemplateRecord } | { ok: false; issues: UploadIssue[] }> {
  const loaded = await loadBook(data);
  if (!loaded.ok) return loaded;
  const meta = metaOf(loaded.book);
  const one = (key: string) => meta.get(key)?.[0];
  const [city, round, agency, structure] = ['city', 'round', 'agency', 'structure'].map(one);
  if (
    one('format') !== FORMAT ||
    city === undefined ||
    round === undefined ||
    agency === undefined ||
    structure === undefined
  )
    return refuseWith(
      `${SHEETS.meta}!B1`,
      '不是本平台產生的填報範本',
      'not a template made by this platform',
    );
  const previousColumns = Number(one('previousColumns'));
  return {
    ok: true,
    record: {
      city,
      round,
      agency,
      structure,
      previousColumns: Number.isInteger(previousColumns) ? previousColumns : 0,
    },
  };
}

/**
 * Reads an uploaded agency template into a draft submission, checking every cell. Any problem
 * refuses the whole file (nothing is half-taken) and each is reported as sheet!cell with the
 * reason in Chinese and English. Files are size-capped before parsing and sheets row-capped, so
 * a hostile upload cannot exhaust memory.
 */
export async function parseAgencyUpload(
  data: Buffer,
  expected: ExpectedUpload,
): Promise<ParseOutcome> {
  const loaded = await loadBook(data);
  if (!loaded.ok) return loaded;
  const book = loaded.book;
  const meta = metaOf(book);
  const one = (key: string) => meta.get(key)?.[0];
  if (one('format') !== FORMAT)
    return refuse(
      `${SHEETS.meta}!B1`,
      '不是本平台產生的填報範本',
      'not a template made by this platform',
    );
  for (const [key, want] of [
    ['city', expected.city],
    ['round', expected.round],
    ['agency', expected.agency],
  ] as const)
    if (one(key) !== want)
      return refuse(
        SHEETS.meta,
        `範本屬於其他${key === 'agency' ? '局處' : key === 'round' ? '填報期別' : '城市'}（${one(key) ?? '?'}），應為 ${want}`,
        `the template is for another ${key} (${one(key) ?? '?'}), expected ${want}`,
      );
  const keys = meta.get('row') ?? [];
  const measureRows = meta.get('measure') ?? [];
  if (structureHash(keys, measureRows) !== one('structure'))
    return refuse(SHEETS.meta, '範本結構資料遭修改', 'the template structure record was edited');
  const figures = book.getWorksheet(SHEETS.figures);
  const texts = book.getWorksheet(SHEETS.texts);
  if (!figures || !texts)
    return refuse(
      WHOLE_FILE,
      `缺少工作表「${SHEETS.figures}」或「${SHEETS.texts}」`,
      `sheet "${SHEETS.figures}" or "${SHEETS.texts}" is missing`,
    );
  const issues: UploadIssue[] = [];
  for (const sheet of [figures, texts]) {
    if (sheet.rowCount > LIMITS.rows)
      return refuse(
        `${sheet.name}!A${String(LIMITS.rows + 1)}`,
        `列數過多（${String(sheet.rowCount)} 列），範本結構遭修改`,
        `too many rows (${String(sheet.rowCount)}): the template structure was changed`,
      );
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    for (const range of merges)
      issues.push(
        issue(`${sheet.name}!${range}`, '請勿合併儲存格', 'merged cells are not allowed'),
      );
  }
  const previousColumns = Number(one('previousColumns') ?? 'NaN');
  const valueColumn = FIGURE_HEADERS.length + previousColumns + 1;
  const header = figures.getRow(1);
  FIGURE_HEADERS.forEach((h, i) => {
    if (header.getCell(i + 1).value !== h)
      issues.push(
        issue(
          `${SHEETS.figures}!${columnLetter(i + 1)}1`,
          `欄位標題應為「${h}」，範本結構遭修改`,
          `the header should read "${h}": the template structure was changed`,
        ),
      );
  });
  const submission: DraftSubmission = {
    city: expected.city,
    round: expected.round,
    agency: expected.agency,
    period: { start: one('periodStart') ?? '', end: one('periodEnd') ?? '' },
    figures: [],
    texts: [],
  };
  const lastRow = Math.max(figures.rowCount, keys.length + 1);
  for (let r = 2; r <= lastRow; r++) {
    const row = figures.getRow(r);
    const key = keys[r - 2];
    const where = (c: number) => `${SHEETS.figures}!${columnLetter(c)}${String(r)}`;
    if (key === undefined) {
      if (row.hasValues)
        issues.push(
          issue(
            where(1),
            '範本外多出的列，請勿新增列',
            'a row beyond the template: do not add rows',
          ),
        );
      continue;
    }
    const [measureKey = '', indicator = ''] = key.split('/');
    const [sector = '', no = ''] = measureKey.split('#');
    if (row.getCell(4).value !== indicator || row.getCell(2).value !== Number(no)) {
      issues.push(
        issue(
          where(4),
          `此列應為指標「${indicator}」（措施 ${no}），範本結構遭修改`,
          `this row should be indicator "${indicator}" of measure ${no}: the template structure was changed`,
        ),
      );
      continue;
    }
    const value = plain(row.getCell(valueColumn), where(valueColumn), issues);
    const note = plain(row.getCell(valueColumn + 1), where(valueColumn + 1), issues);
    if (typeof value === 'string') {
      issues.push(
        issue(
          where(valueColumn),
          `應為數字，不是文字「${value.slice(0, 40)}」`,
          `a number is expected, not the text "${value.slice(0, 40)}"`,
        ),
      );
      continue;
    }
    if (typeof value === 'number' && (!Number.isFinite(value) || value < 0)) {
      issues.push(issue(where(valueColumn), '數值不可為負', 'the value may not be negative'));
      continue;
    }
    if (value !== null)
      submission.figures.push({
        sector,
        no: Number(no),
        indicator,
        value: new Decimal(value).toFixed(),
        note: note === null ? null : String(note),
      });
  }
  TEXT_HEADERS.forEach((h, i) => {
    if (texts.getRow(1).getCell(i + 1).value !== h)
      issues.push(
        issue(
          `${SHEETS.texts}!${columnLetter(i + 1)}1`,
          `欄位標題應為「${h}」`,
          `the header should read "${h}"`,
        ),
      );
  });
  for (let r = 2; r <= Math.max(texts.rowCount, measureRows.length + 1); r++) {
    const row = texts.getRow(r);
    const where = (c: number) => `${SHEETS.texts}!${columnLetter(c)}${String(r)}`;
    const measureKey = measureRows[r - 2];
    if (measureKey === undefined) {
      if (row.hasValues)
        issues.push(
          issue(
            where(1),
            '範本外多出的列，請勿新增列',
            'a row beyond the template: do not add rows',
          ),
        );
      continue;
    }
    const [sector = '', no = ''] = measureKey.split('#');
    const qualitative = plain(row.getCell(4), where(4), issues);
    const explanation = plain(row.getCell(5), where(5), issues);
    if (qualitative !== null || explanation !== null)
      submission.texts.push({
        sector,
        no: Number(no),
        qualitative: qualitative === null ? null : String(qualitative),
        explanation: explanation === null ? null : String(explanation),
      });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, submission };
}
