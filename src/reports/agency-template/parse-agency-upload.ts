import ExcelJS from 'exceljs';
import { Decimal } from '../../core/decimal.js';
import { structureHash } from './build-agency-template.js';
import { columnLetter, FIGURE_HEADERS, FORMAT, LIMITS, SHEETS, TEXT_HEADERS } from './layout.js';
import { WHOLE_FILE } from '../../contracts/api/round-templates.js';
import type { DraftSubmission, ParseOutcome, UploadIssue } from './types.js';
import { uploadIssue } from './upload-issue.js';
import type { Params } from '../../core/catalog/catalog.js';
import type { UploadProblemCode } from '../../core/vocabulary/lists.js';
import { checkOfficeZip } from '../../core/office-zip.js';

export interface ExpectedUpload {
  city: string;
  round: string;
  agency: string;
}

const refuse = (cell: string, code: UploadProblemCode, params: Params = {}) => ({
  ok: false as const,
  issues: [uploadIssue(cell, code, params)],
});

/** The first bytes tell a zip (xlsx) from an OLE container (encrypted xlsx, or old .xls). */
function sniff(data: Buffer): ParseOutcome | null {
  if (data.length > LIMITS.bytes)
    return refuse(WHOLE_FILE, 'file_too_large', { bytes: data.length, limit: LIMITS.bytes });
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    return refuse(WHOLE_FILE, 'encrypted_or_xls');
  if (!data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return refuse(WHOLE_FILE, 'not_xlsx');
  // Inflated for real, within the limit, before exceljs (which would inflate all of it) sees it.
  const verdict = checkOfficeZip(data, 'xlsx', LIMITS.uncompressedBytes);
  if (verdict === 'wrong_kind') return refuse(WHOLE_FILE, 'not_xlsx');
  if (verdict !== 'ok')
    return refuse(WHOLE_FILE, 'inflates_too_much', { limit: LIMITS.uncompressedBytes });
  return null;
}

type Cell = ExcelJS.Cell;

/** A cell's plain content, or an issue: formulas, rich text and errors are refused. */
function plain(cell: Cell, where: string, issues: UploadIssue[]): string | number | null {
  const v: unknown = cell.value;
  if (v === null || v === undefined || v === '') return null;
  if (cell.type === ExcelJS.ValueType.Formula) {
    issues.push(uploadIssue(where, 'formula'));
    return null;
  }
  if (typeof v === 'number' || typeof v === 'string') {
    if (typeof v === 'string' && v.length > LIMITS.textLength) {
      issues.push(
        uploadIssue(where, 'text_too_long', { length: v.length, limit: LIMITS.textLength }),
      );
      return null;
    }
    return v;
  }
  issues.push(uploadIssue(where, 'unreadable_cell'));
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
  /**
   * Each measure's (`transport#4`) submission version when the template was made; null for a
   * template made before templates carried versions.
   */
  versions: ReadonlyMap<string, number> | null;
}

function versionsOf(meta: Map<string, string[]>): Map<string, number> | null {
  const rows = meta.get('version');
  if (rows === undefined) return null;
  const versions = new Map<string, number>();
  for (const row of rows) {
    const at = row.lastIndexOf('@');
    const version = Number(row.slice(at + 1));
    if (at > 0 && Number.isSafeInteger(version) && version >= 0)
      versions.set(row.slice(0, at), version);
  }
  return versions;
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
    return refuse(WHOLE_FILE, 'unreadable_workbook');
  }
  return { ok: true, book };
}

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
    return refuse(`${SHEETS.meta}!B1`, 'not_our_template');
  const previousColumns = Number(one('previousColumns'));
  return {
    ok: true,
    record: {
      city,
      round,
      agency,
      structure,
      previousColumns: Number.isInteger(previousColumns) ? previousColumns : 0,
      versions: versionsOf(meta),
    },
  };
}

/**
 * Reads an uploaded agency template into a draft submission, checking every cell. Any problem
 * refuses the whole file (nothing is half-taken) and each is reported as sheet!cell with the
 * reason's code and parameters (upload-issue.ts). Files are size-capped before parsing and
 * sheets row-capped, so a hostile upload cannot exhaust memory.
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
  if (one('format') !== FORMAT) return refuse(`${SHEETS.meta}!B1`, 'not_our_template');
  for (const [key, want, code] of [
    ['city', expected.city, 'other_city'],
    ['round', expected.round, 'other_round'],
    ['agency', expected.agency, 'other_agency'],
  ] as const)
    if (one(key) !== want)
      return refuse(SHEETS.meta, code, { found: one(key) ?? '?', expected: want });
  const keys = meta.get('row') ?? [];
  const measureRows = meta.get('measure') ?? [];
  if (structureHash(keys, measureRows) !== one('structure'))
    return refuse(SHEETS.meta, 'structure_edited');
  const figures = book.getWorksheet(SHEETS.figures);
  const texts = book.getWorksheet(SHEETS.texts);
  if (!figures || !texts)
    return refuse(WHOLE_FILE, 'sheet_missing', { figures: SHEETS.figures, texts: SHEETS.texts });
  const issues: UploadIssue[] = [];
  for (const sheet of [figures, texts]) {
    if (sheet.rowCount > LIMITS.rows)
      return refuse(`${sheet.name}!A${String(LIMITS.rows + 1)}`, 'too_many_rows', {
        rows: sheet.rowCount,
      });
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    for (const range of merges) issues.push(uploadIssue(`${sheet.name}!${range}`, 'merged_cells'));
  }
  const previousColumns = Number(one('previousColumns') ?? 'NaN');
  const valueColumn = FIGURE_HEADERS.length + previousColumns + 1;
  const header = figures.getRow(1);
  FIGURE_HEADERS.forEach((h, i) => {
    if (header.getCell(i + 1).value !== h)
      issues.push(
        uploadIssue(`${SHEETS.figures}!${columnLetter(i + 1)}1`, 'header_changed', { header: h }),
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
      if (row.hasValues) issues.push(uploadIssue(where(1), 'extra_row'));
      continue;
    }
    const [measureKey = '', indicator = ''] = key.split('/');
    const [sector = '', no = ''] = measureKey.split('#');
    if (row.getCell(4).value !== indicator || row.getCell(2).value !== Number(no)) {
      issues.push(uploadIssue(where(4), 'wrong_row', { indicator, no }));
      continue;
    }
    const value = plain(row.getCell(valueColumn), where(valueColumn), issues);
    const note = plain(row.getCell(valueColumn + 1), where(valueColumn + 1), issues);
    if (typeof value === 'string') {
      issues.push(uploadIssue(where(valueColumn), 'not_a_number', { text: value.slice(0, 40) }));
      continue;
    }
    if (typeof value === 'number' && (!Number.isFinite(value) || value < 0)) {
      issues.push(uploadIssue(where(valueColumn), 'negative'));
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
        uploadIssue(`${SHEETS.texts}!${columnLetter(i + 1)}1`, 'header_changed', { header: h }),
      );
  });
  for (let r = 2; r <= Math.max(texts.rowCount, measureRows.length + 1); r++) {
    const row = texts.getRow(r);
    const where = (c: number) => `${SHEETS.texts}!${columnLetter(c)}${String(r)}`;
    const measureKey = measureRows[r - 2];
    if (measureKey === undefined) {
      if (row.hasValues) issues.push(uploadIssue(where(1), 'extra_row'));
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
