import ExcelJS from 'exceljs';
import { addSheet } from '../render/xlsx-sheet.js';
import type { FollowUpTable } from './follow-up-table.js';

export const FOLLOW_UP_COLUMNS = [
  '編號',
  '會議',
  '議題',
  '委員',
  '項次',
  '意見或決議內容',
  '機關',
  '回復期限',
  '辦理情形',
  '回復日期',
  '列管情形',
  '逾期',
  '秘書處意見',
] as const;

/**
 * The follow-up table as a workbook: one row per point and agency (a point assigned to two
 * agencies has two rows, its own columns repeated), so it sorts and filters by agency or state.
 * Dates are ISO text (YYYY-MM-DD), which sorts as dates do.
 */
export async function renderFollowUpXlsx(table: FollowUpTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.title = `${table.title}（${table.asOfText}）`;
  addSheet(
    book,
    table.title,
    FOLLOW_UP_COLUMNS,
    table.rows.flatMap((row) => {
      const point = [row.number, row.meeting, row.item, row.member, row.reference, row.text];
      return row.assignments.map((a) => [
        ...point,
        a.agency,
        a.dueDate,
        a.reply,
        a.repliedOn,
        a.stateText,
        a.overdue ? '逾期' : null,
        a.note,
      ]);
    }),
    [6, 22, 20, 12, 8, 60, 12, 12, 50, 12, 10, 6, 30],
  );
  const sheet = book.getWorksheet(table.title);
  sheet?.eachRow((row, n) => {
    if (n > 1) row.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
