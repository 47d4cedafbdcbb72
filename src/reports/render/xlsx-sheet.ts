import type ExcelJS from 'exceljs';

export type Value = string | number | null;

/** One sheet: a bold, frozen header row (units in the headers), then the rows as given. */
export function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  rows: readonly (readonly Value[])[],
  widths: readonly number[],
): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  for (const row of rows) sheet.addRow([...row]);
}
