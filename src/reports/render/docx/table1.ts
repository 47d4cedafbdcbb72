import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { Table1, Table1Measure, Table1Sector } from '../../results-report/model.js';
import {
  body,
  caption,
  HEADER_FILL,
  headerRow,
  NO_BORDERS,
  SUBTOTAL_FILL,
  textCell,
  type CellOptions,
} from './primitives.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'auto' };
const SIZE = 16; // 8 pt: ten columns across a landscape page, as in the seed

/** Column widths (twips) for a table of `width`: fixed columns, the rest shared by periods. */
function columnWidths(width: number, periods: number): number[] {
  const fixed = [620, 520, 820, 2300, 1700];
  const tail = [1300, 900];
  const rest = width - [...fixed, ...tail].reduce((a, b) => a + b, 0);
  const each = Math.floor(rest / Math.max(periods, 1));
  return [...fixed, ...Array<number>(periods).fill(each), ...tail];
}

/**
 * A sector's last measure is nested with its subtotal (below) only when it is estimated no taller
 * than this (twips), about a third of the landscape page's text area. A nested table taller than
 * a page, in an outer row that may not split, sent LibreOffice's layout into minutes of work for
 * a synthetic city whose period cells list twelve monthly results each (BENCHMARKS.md).
 */
const NESTED_TAIL_MAX_TWIPS = 3000;
const LINE_TWIPS = 195; // 8 pt at single spacing
const CELL_PADDING_TWIPS = 120; // left + right margins of a cell (primitives.textCell)

/** Estimated lines of `text` in a column `width` twips wide at 8 pt (CJK full width, else half). */
function estimatedLines(text: string, width: number): number {
  const perLine = Math.max(width - CELL_PADDING_TWIPS, 160);
  return text.split('\n').reduce((n, line) => {
    let twips = 0;
    for (const ch of line) twips += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 160 : 90;
    return n + Math.max(1, Math.ceil(twips / perLine));
  }, 0);
}

/**
 * Table 1 in the seed's layout: the header repeats on every page, the sector and measure cells
 * are merged over their rows, multi-indicator measures are sub-rows, a subtotal per sector and
 * the plan total at the end.
 */
export function table1Blocks(table: Table1, width: number): (Paragraph | Table)[] {
  const widths = columnWidths(width, table.periodColumns.length);
  const w = (i: number) => widths[i] ?? 0;
  const span = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);
  const last = widths.length - 1;
  const header = headerRow(
    [
      '部門',
      '編號',
      '主要局處',
      '執行措施或實施計畫',
      '五年目標量',
      ...table.periodColumns.map((c) => c.label),
      '總執行量',
      '總減碳量\n(萬噸 CO₂e)',
    ],
    widths,
    SIZE,
  );
  const rows: TableRow[] = [header];
  /** Whether a measure is short enough to be nested with its subtotal (NESTED_TAIL_MAX_TWIPS). */
  const nestable = (measure: Table1Measure): boolean => {
    const nameLines = estimatedLines(measure.name, w(3));
    const rowLines = measure.rows.map((row) =>
      Math.max(
        estimatedLines(row.label ? `${row.target.text}\n(${row.label})` : row.target.text, w(4)),
        ...row.periods.map((c, i) => estimatedLines(c.text, w(5 + i))),
        estimatedLines(row.total.text, w(last - 1)),
      ),
    );
    const lines = Math.max(
      nameLines,
      rowLines.reduce((a, b) => a + b, 0),
    );
    return lines * LINE_TWIPS <= NESTED_TAIL_MAX_TWIPS;
  };
  /** A measure's rows from column 1 on (the sector column is merged from the sector's first row). */
  const measureRows = (measure: Table1Measure): TableCell[][] =>
    measure.rows.map((row, r) => {
      const cell = (text: string, options: CellOptions) =>
        textCell(text, { ...options, size: SIZE });
      const cells: TableCell[] = [];
      if (r === 0) {
        const rowSpan = measure.rows.length;
        cells.push(
          cell(String(measure.no), { width: w(1), rowSpan, align: 'center' }),
          cell(measure.agency ?? '-', { width: w(2), rowSpan, align: 'center' }),
          cell(measure.name, { width: w(3), rowSpan }),
        );
      }
      const target = row.label ? `${row.target.text}\n(${row.label})` : row.target.text;
      cells.push(
        cell(target, { width: w(4) }),
        ...row.periods.map((c, i) =>
          cell(c.text, { width: w(5 + i), align: c.value === null ? 'left' : 'right' }),
        ),
        cell(row.total.text, { width: w(last - 1), align: 'right' }),
        cell(row.reductionWan, { width: w(last), align: 'right' }),
      );
      return cells;
    });
  const subtotalCells = (sector: Table1Sector, from: number) => [
    textCell(`${sector.name}部門小計（${String(sector.measures.length)} 項措施）`, {
      width: span(from, last),
      columnSpan: last - from,
      align: 'right',
      fill: SUBTOTAL_FILL,
      size: SIZE,
    }),
    textCell(sector.reductionWan, {
      width: w(last),
      align: 'right',
      fill: SUBTOTAL_FILL,
      bold: true,
      size: SIZE,
    }),
  ];
  const pushSectorRows = (sectorCell: TableCell, sectorRows: readonly TableCell[][]) =>
    sectorRows.forEach((cells, i) =>
      rows.push(
        new TableRow({ cantSplit: true, children: i === 0 ? [sectorCell, ...cells] : cells }),
      ),
    );
  for (const sector of table.sectors) {
    const lastMeasure = sector.measures.at(-1);
    // A tall last measure is not nested: its rows and the subtotal are ordinary rows that may not
    // split, so the subtotal is kept with the measure only when both fit on the page where the
    // measure starts (LibreOffice splits a row taller than a page anyway).
    const nested = lastMeasure === undefined || nestable(lastMeasure);
    const init = nested ? sector.measures.slice(0, -1) : sector.measures;
    const sectorCell = textCell(sector.name, {
      width: w(0),
      rowSpan: init.reduce((n, m) => n + m.rows.length, 0) + 1,
      align: 'center',
      size: SIZE,
    });
    const sectorRows = init.flatMap(measureRows);
    if (!nested) {
      sectorRows.push(subtotalCells(sector, 1));
      pushSectorRows(sectorCell, sectorRows);
      continue;
    }
    // The sector's last measure and its subtotal form ONE outer row that may not split (a table
    // nested in a cell spanning columns 1…last), so a page never begins with a lone subtotal.
    // LibreOffice 7.4 ignores Word's way (keep-with-next paragraphs in the rows).
    const tail = new Table({
      width: { size: span(1, last + 1), type: WidthType.DXA },
      columnWidths: widths.slice(1),
      layout: TableLayoutType.FIXED,
      // The outer cell draws the frame; the nested table only the lines inside it.
      borders: { ...NO_BORDERS, insideHorizontal: LINE, insideVertical: LINE },
      rows: [
        ...(lastMeasure ? measureRows(lastMeasure) : []).map(
          (children) => new TableRow({ cantSplit: true, children }),
        ),
        new TableRow({ cantSplit: true, children: subtotalCells(sector, 1) }),
      ],
    });
    const tailCell = new TableCell({
      width: { size: span(1, last + 1), type: WidthType.DXA },
      columnSpan: last,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      // Word wants every cell to end with a paragraph: a hairline one.
      children: [
        tail,
        new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } }),
      ],
    });
    sectorRows.push([tailCell]);
    pushSectorRows(sectorCell, sectorRows);
  }
  rows.push(
    new TableRow({
      cantSplit: true,
      children: [
        textCell('共計減碳量(萬噸 CO₂e)', {
          width: span(0, last),
          columnSpan: last,
          align: 'right',
          bold: true,
          fill: HEADER_FILL,
          size: SIZE,
        }),
        textCell(table.totalWan, {
          width: w(last),
          align: 'right',
          bold: true,
          fill: HEADER_FILL,
          size: SIZE,
        }),
      ],
    }),
  );
  return [
    caption(`表 1\u3000${table.title}`),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows,
    }),
    ...(table.totalNote ? [body(`註：${table.totalNote}`)] : []),
  ];
}
