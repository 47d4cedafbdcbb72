import {
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { NO_BORDERS, textCell } from './primitives.js';

export interface Bar {
  label: string;
  value: number;
  valueText: string;
  /** Hex fill, e.g. a different colour for target bars. */
  color: string;
}

const LABEL_WIDTH = 2600;
const VALUE_WIDTH = 1500;

/**
 * A horizontal bar chart drawn with table cells (version-1 models only; later ones embed real
 * chart images, charts/): one row per bar, the bar a shaded cell whose
 * width is proportional to the value. Drawn with the document's own primitives so Word,
 * LibreOffice and the PDF all render it, with the document's CJK font, and no image to rasterize.
 */
export function barChart(bars: readonly Bar[], width: number): Table {
  const barArea = width - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(...bars.map((b) => b.value), 0);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, barArea, VALUE_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: bars.map(
      (bar) =>
        new TableRow({
          cantSplit: true,
          children: [
            textCell(bar.label, { width: LABEL_WIDTH, align: 'right', size: 18 }),
            new TableCell({
              width: { size: barArea, type: WidthType.DXA },
              borders: NO_BORDERS,
              children: [barTrack(bar, max, barArea)],
            }),
            textCell(bar.valueText, { width: VALUE_WIDTH, size: 18 }),
          ],
        }),
    ),
  });
}

function barTrack(bar: Bar, max: number, area: number): Table {
  const inner = area - 120;
  const filled = max <= 0 ? 0 : Math.round((inner * Math.max(bar.value, 0)) / max);
  const filledWidth = Math.max(filled, 20);
  const rest = Math.max(inner - filledWidth, 20);
  return new Table({
    width: { size: filledWidth + rest, type: WidthType.DXA },
    columnWidths: [filledWidth, rest],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        height: { value: 260, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: filledWidth, type: WidthType.DXA },
            shading:
              filled > 0 ? { fill: bar.color, type: ShadingType.CLEAR, color: 'auto' } : undefined,
            children: [new Paragraph('')],
          }),
          new TableCell({
            width: { size: rest, type: WidthType.DXA },
            children: [new Paragraph('')],
          }),
        ],
      }),
    ],
  });
}
