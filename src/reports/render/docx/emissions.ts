import { AlignmentType, ImageRun, Paragraph, TextRun, type Table } from 'docx';
import type { EmissionsChapter } from '../../results-report/model.js';
import { emissionsStructureChart, emissionsTrendChart } from '../charts/emissions-charts.js';
import { rasterizeSvg } from '../charts/rasterize.js';
import type { SvgChart } from '../charts/svg-chart.js';
import { body, caption, run } from './primitives.js';

/**
 * A chart as a picture: the SVG for Word, with a PNG fallback (what LibreOffice 7.4 reads, and
 * so what the ODT and PDF show), and alt text stating the figures for screen readers.
 */
function chartParagraph(chart: SvgChart, name: string, description: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(chart.svg, 'utf8'),
        fallback: { type: 'png', data: rasterizeSvg(chart.svg) },
        transformation: { ...chart.size },
        altText: { name, title: name, description },
      }),
    ],
  });
}

/**
 * Chapter 1 part 1: the computed sentences, Figure 1 (emissions against the pathway and the
 * targets) and Figure 2 (sector structure) as real charts, and the sources the 〔n〕 refer to.
 */
export function emissionsBlocks(e: EmissionsChapter, heading: Paragraph): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [heading, ...e.paragraphs.map(body)];
  const trend = emissionsTrendChart(e);
  if (trend) {
    const name = '圖 1\u3000歷年溫室氣體淨排放量與減量路徑（萬公噸 CO₂e）';
    blocks.push(caption(name), chartParagraph(trend, name, e.paragraphs.slice(0, 3).join('')));
  }
  const structure = emissionsStructureChart(e);
  if (structure && e.shares) {
    const name = `圖 2\u3000${String(e.shares.year)} 年溫室氣體排放結構（%）`;
    const text = [...e.shares.sectors, ...e.shares.scopes]
      .map((s) => `${s.label} ${s.percent}%`)
      .join('、');
    blocks.push(caption(name), chartParagraph(structure, name, text));
  }
  if (e.sources.length > 0)
    blocks.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [run({ text: '資料來源', bold: true, size: 20 })],
      }),
      ...e.sources.map(
        (s) =>
          new Paragraph({
            spacing: { after: 40 },
            children: [
              new TextRun({
                size: 20,
                text: `〔${String(s.no)}〕${[s.title, s.publisher, s.date].filter((x) => x !== null).join('，')}`,
              }),
            ],
          }),
      ),
    );
  return blocks;
}
