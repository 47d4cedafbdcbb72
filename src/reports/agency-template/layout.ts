/** The fixed structure of the agency template, shared by the builder and the parser. */
export const SHEETS = { figures: '執行量', texts: '質化成果及說明', meta: '_meta' } as const;
export const FORMAT = 'netzero-round-template/1';

export const FIGURE_HEADERS = ['部門', '編號', '執行措施', '指標代碼', '指標', '單位'] as const;
export const VALUE_HEADER = '本期執行量';
export const NOTE_HEADER = '備註';
export const TEXT_HEADERS = ['部門', '編號', '執行措施', '質化成果', '進度落後說明'] as const;

/** Limits that keep a hostile or broken upload from exhausting memory or time. */
export const LIMITS = {
  bytes: 2 * 1024 * 1024,
  /** What the zip may inflate to: a template of a few hundred rows is well under 1 MB. */
  uncompressedBytes: 20 * 1024 * 1024,
  rows: 12_000,
  textLength: 2000,
} as const;

/** Columns are 1-based in exceljs; A1 names for messages. */
export function columnLetter(column: number): string {
  let n = column;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}
