import type { ColumnMapping } from '../../core/registries/definition.js';
import ExcelJS from 'exceljs';
import { maxRegistryUploadBytes } from '../../contracts/api/registries.js';
import { parseCsv } from '../../contracts/csv.js';
import { interpolate, type Params } from '../../core/catalog/catalog.js';
import { en } from '../../core/catalog/en.js';
import { Decimal } from '../../core/decimal.js';
import { sniffFileType } from '../../core/file-type.js';
import { checkOfficeZip } from '../../core/office-zip.js';
import type { CaseInput } from '../../core/registries/check-cases.js';
import type { RegistryDefinition } from '../../core/registries/definition.js';
import type { RegistryProblemCode } from '../../core/registries/read-value.js';
import type { UploadProblemCode } from '../../core/vocabulary/lists.js';
import { columnLetter } from '../agency-template/layout.js';
import { uploadIssue } from '../agency-template/upload-issue.js';

/**
 * Limits that keep a hostile or broken file from exhausting memory or time. 200,000 solar cases
 * are about 15 MB of CSV and a few MB of XLSX, inflating to well under 200 MB of XML.
 */
export const REGISTRY_FILE_LIMITS = {
  bytes: maxRegistryUploadBytes,
  uncompressedBytes: 256 * 1024 * 1024,
  rows: 250_000,
} as const;

export type { ColumnMapping };

/** A problem of the file at a cell (`B7`), or of the whole file (`file`). */
export interface SheetProblem {
  cell: string;
  code: UploadProblemCode | RegistryProblemCode;
  params: Params;
  message: string;
}

export type SheetOutcome =
  | { ok: true; inputs: CaseInput[]; columnOf: (field: string) => string }
  | { ok: false; problems: SheetProblem[] };

export const WHOLE_FILE = 'file';

const registryProblem = (cell: string, code: RegistryProblemCode, params: Params = {}) => ({
  cell,
  code,
  params,
  message: interpolate(en.registryProblem[code], params),
});
const refuse = (problem: SheetProblem): SheetOutcome => ({ ok: false, problems: [problem] });

/** A table of text cells as read from either format, with the problems of single cells. */
interface Grid {
  header: string[];
  /** [row number as the file counts it, cells]. */
  rows: [number, (string | undefined)[]][];
  problems: SheetProblem[];
}

/**
 * Reads an agency's own spreadsheet (XLSX or CSV, told apart by its bytes) into cases for a
 * registry kind: the header row names the columns, the mapping (or a header equal to a field's
 * key or label) says which column holds which field. Formulas, merged cells, rich text, files
 * too large or inflating too much are refused before anything is read as a case; each problem
 * names its cell. The cases themselves are checked by checkCases, with `columnOf` to name cells.
 */
export async function readRegistryFile(
  bytes: Buffer,
  filename: string,
  definition: RegistryDefinition,
  mapping: ColumnMapping = {},
): Promise<SheetOutcome> {
  if (bytes.length > REGISTRY_FILE_LIMITS.bytes)
    return refuse(
      uploadIssue(WHOLE_FILE, 'file_too_large', {
        bytes: bytes.length,
        limit: REGISTRY_FILE_LIMITS.bytes,
      }),
    );
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    return refuse(uploadIssue(WHOLE_FILE, 'encrypted_or_xls'));
  const zipped = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  let grid: Grid | SheetProblem;
  if (zipped) {
    if (sniffFileType(bytes, filename) !== sniffFileType(bytes, 'x.xlsx'))
      return refuse(uploadIssue(WHOLE_FILE, 'not_xlsx'));
    grid = await readXlsx(bytes);
  } else grid = readCsv(bytes);
  if ('cell' in grid) return refuse(grid);
  return toInputs(grid, definition, mapping);
}

function readCsv(bytes: Buffer): Grid | SheetProblem {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return registryProblem(WHOLE_FILE, 'not_utf8');
  }
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    return uploadIssue(WHOLE_FILE, 'unreadable_workbook', { reason: (error as Error).message });
  }
  const [header = [], ...rest] = table;
  if (rest.length > REGISTRY_FILE_LIMITS.rows) return tooManyRows(rest.length);
  return { header, rows: rest.map((cells, i) => [i + 2, cells]), problems: [] };
}

const tooManyRows = (rows: number) =>
  registryProblem(WHOLE_FILE, 'too_many_rows', { rows, limit: REGISTRY_FILE_LIMITS.rows });

async function readXlsx(bytes: Buffer): Promise<Grid | SheetProblem> {
  const verdict = checkOfficeZip(bytes, 'xlsx', REGISTRY_FILE_LIMITS.uncompressedBytes);
  if (verdict === 'wrong_kind') return uploadIssue(WHOLE_FILE, 'not_xlsx');
  if (verdict !== 'ok')
    return uploadIssue(WHOLE_FILE, 'inflates_too_much', {
      limit: REGISTRY_FILE_LIMITS.uncompressedBytes,
    });
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return uploadIssue(WHOLE_FILE, 'unreadable_workbook');
  }
  const sheet = book.worksheets[0];
  if (!sheet) return uploadIssue(WHOLE_FILE, 'unreadable_workbook');
  if (sheet.rowCount - 1 > REGISTRY_FILE_LIMITS.rows) return tooManyRows(sheet.rowCount - 1);
  const problems: SheetProblem[] = [];
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) problems.push(uploadIssue(range, 'merged_cells'));
  const textOf = (cell: ExcelJS.Cell): string | undefined => {
    const v: unknown = cell.value;
    if (v === null || v === undefined || v === '') return undefined;
    if (cell.type === ExcelJS.ValueType.Formula)
      problems.push(uploadIssue(cell.address, 'formula'));
    else if (typeof v === 'string') return v;
    else if (typeof v === 'number') return new Decimal(v).toFixed();
    // Excel keeps dates as days; exceljs gives them as UTC midnight.
    else if (v instanceof Date) return v.toISOString().slice(0, 10);
    else problems.push(uploadIssue(cell.address, 'unreadable_cell'));
    return undefined;
  };
  const width = sheet.columnCount;
  const cellsOf = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => textOf(row.getCell(i + 1)));
  const header = cellsOf(sheet.getRow(1)).map((h) => h ?? '');
  const rows: Grid['rows'] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push([number, cellsOf(row)]);
  });
  return { header, rows, problems };
}

/** The column index of each field: the mapping's header, else a header naming the field. */
function toInputs(
  grid: Grid,
  definition: RegistryDefinition,
  mapping: ColumnMapping,
): SheetOutcome {
  const problems = [...grid.problems];
  const header = grid.header.map((h) => h.normalize('NFKC').trim());
  const columns = new Map<string, { index: number; unit?: string }>();
  for (const field of definition.fields) {
    const mapped = mapping[field.key];
    const wanted = typeof mapped === 'string' ? mapped : mapped?.column;
    const names = wanted === undefined ? [field.key, field.label.zh, field.label.en] : [wanted];
    const index = header.findIndex((h) => names.includes(h));
    if (index >= 0)
      columns.set(field.key, {
        index,
        ...(typeof mapped === 'object' && mapped.unit ? { unit: mapped.unit } : {}),
      });
    else if (field.required || wanted !== undefined)
      problems.push(
        registryProblem(WHOLE_FILE, 'missing_column', { field: wanted ?? field.label.zh }),
      );
  }
  if (problems.length > 0) return { ok: false, problems };
  const inputs: CaseInput[] = [];
  for (const [row, cells] of grid.rows) {
    if (cells.every((c) => c === undefined || c.trim() === '')) continue;
    const values: Record<string, string | undefined> = {};
    for (const [key, { index, unit }] of columns) {
      const text = cells[index];
      // A bare number in a column whose header gives the unit (容量(kW)) takes that unit.
      values[key] = unit && text && /^[\d.,\s-]+$/.test(text) ? `${text} ${unit}` : text;
    }
    inputs.push({ row, values });
  }
  return {
    ok: true,
    inputs,
    columnOf: (field) => {
      const index = columns.get(field)?.index;
      return index === undefined ? '' : columnLetter(index + 1);
    },
  };
}
