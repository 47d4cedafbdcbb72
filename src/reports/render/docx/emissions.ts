import { AlignmentType, ImageRun, Paragraph, TextRun, type Table } from 'docx';
import type { EmissionsChapter } from '../../results-report/model.js';
import { emissionsStructureChart, emissionsTrendChart } from '../charts/emissions-charts.js';
import { rasterizeSvg } from '../charts/rasterize.js';
import type { SvgChart } from '../charts/svg-chart.js';
import { body, caption, run } from './primitives.js';

/** A chart drawn twice: the SVG for Word and its PNG for LibreOffice. */
interface DrawnChart extends SvgChart {
  png: Buffer;
}

/** Figure 1 and Figure 2 of a chapter, each null when its data is absent. */
export interface EmissionsFigures {
  trend: DrawnChart | null;
  structure: DrawnChart | null;
}

async function draw(chart: SvgChart | null): Promise<DrawnChart | null> {
  return chart && { ...chart, png: await rasterizeSvg(chart.svg) };
}

/** Draws the chapter's charts; their PNGs are rasterized side by side, off the JS thread. */
export async function drawEmissionsFigures(e: EmissionsChapter): Promise<EmissionsFigures> {
  const [trend, structure] = await Promise.all([
    draw(emissionsTrendChart(e)),
    draw(e.shares ? emissionsStructureChart(e) : null),
  ]);
  return { trend, structure };
}

/**
 * A chart as a picture: the SVG for Word, with a PNG fallback (what LibreOffice 7.4 reads, and
 * so what the ODT and PDF show), and alt text stating the figures for screen readers.
 */
function chartParagraph(chart: DrawnChart, name: string, description: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(chart.svg, 'utf8'),
        fallback: { type: 'png', data: chart.png },
        transformation: { ...chart.size },
        altText: { name, title: name, description },
      }),
    ],
  });
}

/**
 * Chapter 1 part 1: the computed sentences, Figure 1 (emissions against the pathway and the
 * targets) and Figure 2 (sector structure) as real charts (`drawEmissionsFigures`), and the
 * sources the 〔n〕 refer to.
 */
export function emissionsBlocks(
  e: EmissionsChapter,
  figures: EmissionsFigures,
  heading: Paragraph,
): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [heading, ...e.paragraphs.map(body)];
  const { trend, structure } = figures;
  if (trend) {
    const name = '圖 1\u3000歷年溫室氣體淨排放量與減量路徑（萬公噸 CO₂e）';
    blocks.push(caption(name), chartParagraph(trend, name, e.paragraphs.slice(0, 3).join('')));
  }
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
                // Snapshots taken before citations existed print as they always did.
                text: `〔${String(s.no)}〕${s.citation ?? [s.title, s.publisher, s.date].filter((x) => x !== null).join('，')}`,
              }),
            ],
          }),
      ),
    );
  return blocks;
}
