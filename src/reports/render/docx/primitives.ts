import {
  AlignmentType,
  BorderStyle,
  Footer,
  PageNumber,
  Paragraph,
  ShadingType,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  type IRunOptions,
  WidthType,
} from 'docx';

/** The CJK face the report is set in; Word falls back to its own when it is missing. */
export const CJK_FONT = 'Noto Sans CJK TC';
export const FONT = { ascii: CJK_FONT, hAnsi: CJK_FONT, eastAsia: CJK_FONT, cs: CJK_FONT };

export const HEADER_FILL = 'D9E2F3';
export const SUBTOTAL_FILL = 'F2F2F2';

export interface CellOptions {
  width: number;
  rowSpan?: number;
  columnSpan?: number;
  bold?: boolean;
  fill?: string;
  align?: 'left' | 'center' | 'right';
  /** Half-points. */
  size?: number;
}

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** A table cell holding one short text (line breaks in `text` become paragraphs). */
export function textCell(text: string, options: CellOptions): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    rowSpan: options.rowSpan,
    columnSpan: options.columnSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    shading: options.fill
      ? { fill: options.fill, type: ShadingType.CLEAR, color: 'auto' }
      : undefined,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: alignments[options.align ?? 'left'],
          spacing: { before: 0, after: 0, line: 240 },
          children: [run({ text: line, bold: options.bold, size: options.size })],
        }),
    ),
  });
}

/**
 * A table's header row: its labels bold and centred on the header shade, in columns of `widths`;
 * Word repeats it on every page and never splits it.
 */
export function headerRow(labels: readonly string[], widths: readonly number[], size?: number) {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, i) =>
      textCell(label, {
        width: widths[i] ?? 0,
        bold: true,
        fill: HEADER_FILL,
        align: 'center',
        size,
      }),
    ),
  });
}

/** A run from options typed as such (TextRun also takes a string, whose `bold` is deprecated). */
export function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}

export const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

export function body(text: string): Paragraph {
  return new Paragraph({
    spacing: { after: 120, line: 360 },
    indent: { firstLine: 480 },
    children: [new TextRun(text)],
  });
}

export function caption(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    keepNext: true,
    children: [run({ text, bold: true })],
  });
}

/** 第 1 頁，共 3 頁, centred at the foot; `size` in half-points (the body's size when omitted). */
export function pageNumberFooter(size?: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size,
            children: ['第 ', PageNumber.CURRENT, ' 頁，共 ', PageNumber.TOTAL_PAGES, ' 頁'],
          }),
        ],
      }),
    ],
  });
}
