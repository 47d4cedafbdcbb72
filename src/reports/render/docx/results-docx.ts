import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { StoredResultsReport } from '../../results-report/model-v1.js';
import { drawEmissionsFigures, emissionsBlocks } from './emissions.js';
import { emissionsBlocksV1 } from './emissions-v1.js';
import {
  body,
  caption,
  FONT,
  HEADER_FILL,
  headerRow,
  pageNumberFooter,
  run,
  textCell,
} from './primitives.js';
import { table1Blocks } from './table1.js';
import { progressStatuses } from '../../../core/progress/status.js';
import { zhTW } from '../../../core/catalog/zh-TW.js';

// A4 in twips; margins of 2 cm (portrait) and 1.5 cm (landscape, for Table 1's ten columns).
const A4 = { width: 11906, height: 16838 };
const PORTRAIT_MARGIN = 1134;
const LANDSCAPE_MARGIN = 850;
const PORTRAIT_TEXT = A4.width - 2 * PORTRAIT_MARGIN;
const LANDSCAPE_TEXT = A4.height - 2 * LANDSCAPE_MARGIN;

const EMISSIONS_HEADING = '一、溫室氣體排放現況';

const h1 = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, outlineLevel: 0, text });
const h2 = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, outlineLevel: 1, text });

function cover(report: StoredResultsReport): (Paragraph | TableOfContents)[] {
  const big = (text: string, size: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 480, after: 240 },
      children: [run({ text, bold: true, size })],
    });
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    big(report.title, 44),
    big(report.city.name, 32),
    big(`資料截止日：${report.asOfRoc}`, 28),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run({ text: '目錄', bold: true, size: 32 })],
    }),
    new TableOfContents('目錄', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * A fixed table across the portrait text width: `widths` (relative) scaled to fit, and a bold
 * header row that Word repeats on every page. `body` gets the scaled column widths.
 */
function portraitTable(
  widths: readonly number[],
  headers: readonly string[],
  body: (cols: readonly number[]) => TableRow[],
  size?: number,
): Table {
  const scale = PORTRAIT_TEXT / widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((x) => Math.floor(x * scale));
  return new Table({
    width: { size: PORTRAIT_TEXT, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    rows: [headerRow(headers, cols, size), ...body(cols)],
  });
}

function progressTable(report: StoredResultsReport): Table {
  const p = report.progress;
  const headers = [
    '部門',
    '措施數',
    ...progressStatuses.map((s) => zhTW.status[s]),
    '減碳量\n(萬公噸 CO₂e)',
    '占比\n(%)',
  ];
  const widths = [1300, 900, ...progressStatuses.map(() => 950), 1750, 1200];
  return portraitTable(widths, headers, (cols) => {
    const line = (r: typeof p.total, bold: boolean) =>
      new TableRow({
        cantSplit: true,
        children: [
          r.name,
          String(r.measures),
          ...progressStatuses.map((s) => String(r.status[s])),
          r.reductionWan,
          r.sharePercent,
        ].map((t, i) =>
          textCell(t, {
            width: cols[i] ?? 0,
            align: i === 0 ? 'center' : 'right',
            bold,
            fill: bold ? HEADER_FILL : undefined,
          }),
        ),
      });
    return [...p.sectors.map((r) => line(r, false)), line(p.total, true)];
  });
}

function laggingTable(report: StoredResultsReport): Table {
  const headers = [
    '部門',
    '執行措施或實施計畫',
    '主要局處',
    '說明',
    `執行量/目標值\n(${report.coverage})`,
  ];
  const size = 18;
  return portraitTable(
    [800, 2300, 900, 3700, 1938],
    headers,
    (cols) =>
      report.lagging.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [
              r.sector,
              `${String(r.measureNo)}. ${r.measure}${r.indicator ? `\n(${r.indicator})` : ''}`,
              r.agency ?? '-',
              r.explanation,
              r.progressText,
            ].map((t, i) =>
              textCell(t, {
                width: cols[i] ?? 0,
                size,
                align: i === 0 || i === 2 ? 'center' : 'left',
              }),
            ),
          }),
      ),
    size,
  );
}

/**
 * The results report as a Word document: real headings (for the table of contents and the
 * navigation pane), real tables, page numbers, the CJK font set on every style. Table 1 sits
 * in a landscape section of its own.
 */
export async function renderResultsDocx(report: StoredResultsReport): Promise<Buffer> {
  const portrait = {
    page: {
      size: { ...A4 },
      margin: {
        top: PORTRAIT_MARGIN,
        bottom: PORTRAIT_MARGIN,
        left: PORTRAIT_MARGIN,
        right: PORTRAIT_MARGIN,
      },
    },
  };
  const landscape = {
    page: {
      size: { ...A4, orientation: PageOrientation.LANDSCAPE },
      margin: {
        top: LANDSCAPE_MARGIN,
        bottom: LANDSCAPE_MARGIN,
        left: LANDSCAPE_MARGIN,
        right: LANDSCAPE_MARGIN,
      },
    },
  };
  const footers = { default: pageNumberFooter() };
  const lagging = report.lagging.length;
  const emissions =
    report.format === 'netzero-results-report/1'
      ? emissionsBlocksV1(report.emissions, PORTRAIT_TEXT, h2(EMISSIONS_HEADING))
      : emissionsBlocks(
          report.emissions,
          await drawEmissionsFigures(report.emissions),
          h2(EMISSIONS_HEADING),
        );
  const document = new Document({
    creator: report.city.name,
    title: report.title,
    description: `${report.plan.code} as of ${report.asOf}`,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 } },
        heading1: {
          run: { font: FONT, size: 32, bold: true },
          paragraph: { spacing: { before: 360, after: 240 } },
        },
        heading2: {
          run: { font: FONT, size: 28, bold: true },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
      },
    },
    sections: [
      { properties: portrait, footers, children: cover(report) },
      {
        properties: portrait,
        footers,
        children: [
          h1('第一章\u3000現況分析'),
          ...emissions,
          h2('二、溫室氣體減量執行方案推動成果'),
          ...report.progress.paragraphs.map(body),
          caption(`各部門推動成果（${report.coverage}）`),
          progressTable(report),
        ],
      },
      {
        properties: landscape,
        footers,
        children: [
          h2(`三、${report.table1.title}`),
          ...table1Blocks(report.table1, LANDSCAPE_TEXT),
        ],
      },
      {
        properties: portrait,
        footers,
        children: [
          h1('第二章\u3000執行情形'),
          ...report.sectorSummaries.flatMap((s, i) => [
            h2(`${'一二三四五六七八九十'[i] ?? String(i + 1)}、${s.name}部門`),
            body(s.paragraph),
            ...s.qualitative.map(
              (q) =>
                new Paragraph({
                  bullet: { level: 0 },
                  children: [new TextRun(`${q.measure}（${q.period}）：${q.text}`)],
                }),
            ),
          ]),
          h1('第三章\u3000執行檢討'),
          body(
            lagging === 0
              ? `截至 ${report.asOfRoc}，依各指標之目標與執行量計算，無進度落後之指標。`
              : `截至 ${report.asOfRoc}，依各指標之目標與執行量計算，共 ${String(lagging)} 項指標進度落後，各局處說明如表 5。「執行量/目標值」之目標值為依目標類型計算至資料截止日應達之值。`,
          ),
          caption('表 5\u3000進度落後說明'),
          laggingTable(report),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
