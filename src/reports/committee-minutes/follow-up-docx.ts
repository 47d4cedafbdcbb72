import {
  AlignmentType,
  PageOrientation,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { formatRocDate } from '../../core/roc-date.js';
import { headerRow, run, textCell } from '../render/docx/primitives.js';
import type { FollowUpAssignment, FollowUpRow, FollowUpTable } from './follow-up-table.js';
import { committeeDocx } from './page.js';

// A4 landscape, margins of 1.5 cm: nine columns.
const PAGE = {
  size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
  margin: { top: 850, bottom: 850, left: 850, right: 850 },
};
const TEXT_WIDTH = 16838 - 2 * 850;
const SIZE = 20; // 10 pt in the table
const HEADERS = [
  '編號',
  '會議',
  '議題／委員',
  '意見或決議內容',
  '機關',
  '回復期限',
  '辦理情形',
  '列管情形',
  '秘書處意見',
];
const WEIGHTS = [8, 20, 22, 50, 14, 24, 34, 14, 22];
const total = WEIGHTS.reduce((a, b) => a + b, 0);
const COLUMNS = WEIGHTS.map((w) => Math.floor((w * TEXT_WIDTH) / total));

const cell = (text: string, column: number, rowSpan?: number, align?: 'center') =>
  textCell(text, { width: COLUMNS[column] ?? 0, rowSpan, size: SIZE, align });

function assignmentCells(a: FollowUpAssignment) {
  const reply =
    a.reply === null ? '尚未回復' : `${a.reply}\n（${formatRocDate(a.repliedOn ?? '')}回復）`;
  return [
    cell(a.agency, 4, undefined, 'center'),
    cell(a.dueDate === null ? '未定' : formatRocDate(a.dueDate), 5, undefined, 'center'),
    cell(reply, 6),
    cell(`${a.stateText}${a.overdue ? '\n（逾期）' : ''}`, 7, undefined, 'center'),
    cell(a.note ?? '', 8),
  ];
}

/** A point's own cells span the rows of its agencies, one row per agency. */
function rowsOf(row: FollowUpRow): TableRow[] {
  const span = row.assignments.length;
  const point = [
    cell(String(row.number), 0, span, 'center'),
    cell(row.meeting, 1, span),
    cell(row.member === null ? row.item : `${row.item}\n${row.member}`, 2, span),
    cell(`${row.reference}${row.text}`, 3, span),
  ];
  return row.assignments.map(
    (a, i) => new TableRow({ children: [...(i === 0 ? point : []), ...assignmentCells(a)] }),
  );
}

/** The follow-up table as a Word document: one landscape table, its header on every page. */
export function renderFollowUpDocx(table: FollowUpTable): Promise<Buffer> {
  return committeeDocx({
    title: table.title,
    page: PAGE,
    size: 22,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run({ text: table.title, bold: true, size: 32 })],
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: 120 },
        children: [run({ text: `資料截止日：${table.asOfText}` })],
      }),
      ...(table.rows.length === 0
        ? [new Paragraph({ children: [run({ text: '無列管事項。' })] })]
        : []),
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: COLUMNS,
        layout: TableLayoutType.FIXED,
        rows: [headerRow(HEADERS, COLUMNS, SIZE), ...table.rows.flatMap(rowsOf)],
      }),
    ],
  });
}
