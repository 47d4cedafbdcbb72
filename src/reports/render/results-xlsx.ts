import ExcelJS from 'exceljs';
import type { Cell } from '../results-report/model.js';
import type { EmissionsStatusV1, StoredResultsReport } from '../results-report/model-v1.js';
import { addEmissionSheets } from './results-xlsx-emissions.js';
import { addSheet, type Value } from './xlsx-sheet.js';
import { progressStatuses } from '../../core/progress/status.js';
import { zhTW } from '../../core/catalog/zh-TW.js';

/** The number behind a cell when there is one (a number cell), else its text. */
const valueOf = (cell: Cell): Value => (cell.value === null ? cell.text : Number(cell.value));
const num = (text: string | null): number | null => (text === null ? null : Number(text));

/**
 * The report's tables as a workbook, one sheet per table: numbers stored as numbers (so they
 * add up in Excel), units in the headers, texts as printed where a cell is not a number.
 * Numbers are converted from exact decimals to IEEE doubles here, for the spreadsheet only.
 */
export async function renderResultsXlsx(report: StoredResultsReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = report.city.name;
  book.title = report.title;
  if (report.format === 'netzero-results-report/1') addEmissionSheetsV1(book, report.emissions);
  else addEmissionSheets(book, report.emissions);
  addSheet(
    book,
    '部門推動成果',
    [
      '部門',
      '措施數',
      ...progressStatuses.map((s) => `${zhTW.status[s]} (項)`),
      '減碳量 (公噸 CO₂e)',
      '減碳量 (萬公噸 CO₂e)',
      '占比 (%)',
    ],
    [...report.progress.sectors, report.progress.total].map((r) => [
      r.name,
      r.measures,
      ...progressStatuses.map((s) => r.status[s]),
      Number(r.reductionT),
      Number(r.reductionWan),
      num(r.sharePercent === '-' ? null : r.sharePercent),
    ]),
    [10, 8, 10, 10, 10, 10, 10, 18, 18, 10],
  );
  const t1 = report.table1;
  addSheet(
    book,
    '表1 推動成果',
    [
      '部門',
      '編號',
      '主要局處',
      '執行措施或實施計畫',
      '指標',
      '單位',
      '五年目標量',
      ...t1.periodColumns.map((c) => c.label),
      '總執行量',
      '總減碳量 (萬噸 CO₂e)',
      '總減碳量 (公噸 CO₂e)',
      '進度狀態',
    ],
    [
      ...t1.sectors.flatMap((s) =>
        s.measures.flatMap((m) =>
          m.rows.map((r) => [
            s.name,
            m.no,
            m.agency,
            m.name,
            r.label,
            r.unit,
            r.target.text,
            ...r.periods.map(valueOf),
            valueOf(r.total),
            num(r.reductionT === null ? null : r.reductionWan),
            num(r.reductionT),
            zhTW.status[m.status],
          ]),
        ),
      ),
      [
        '共計',
        null,
        null,
        null,
        null,
        null,
        null,
        ...t1.periodColumns.map(() => null),
        null,
        Number(t1.totalWan),
        Number(t1.totalT),
        null,
      ],
    ],
    [8, 6, 10, 30, 24, 10, 20, ...t1.periodColumns.map(() => 14), 14, 14, 16, 10],
  );
  addSheet(
    book,
    '表5 進度落後',
    [
      '部門',
      '編號',
      '執行措施或實施計畫',
      '指標',
      '主要局處',
      '說明',
      '執行量',
      '目標值 (至資料截止日)',
      '單位',
    ],
    report.lagging.map((l) => [
      l.sector,
      l.measureNo,
      l.measure,
      l.indicator,
      l.agency,
      l.explanation,
      num(l.actual),
      num(l.expectedToDate),
      l.unit,
    ]),
    [8, 6, 30, 24, 10, 60, 14, 18, 10],
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Chapter 1's sheets of a version-1 model (snapshots frozen before the emissions module). */
function addEmissionSheetsV1(book: ExcelJS.Workbook, e: EmissionsStatusV1): void {
  addSheet(
    book,
    '排放現況',
    ['年', '項目', '淨排放量 (公噸 CO₂e)', '來源'],
    [
      ...e.series.map((s) => [s.year, '淨排放量', Number(s.valueT), s.source]),
      ...e.targets.map((t) => [t.year, t.label, Number(t.valueT), null]),
    ],
    [8, 40, 22, 20],
  );
  if (e.shares)
    addSheet(
      book,
      '排放結構',
      ['年', '類別', '占比 (%)'],
      e.shares.items.map((s) => [e.shares?.year ?? null, s.label, Number(s.percent)]),
      [8, 24, 12],
    );
}
