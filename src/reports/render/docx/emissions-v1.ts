import { type Paragraph, type Table } from 'docx';
import { Decimal } from '../../../core/decimal.js';
import { toWanTonnesText } from '../../../core/format/tonnes.js';
import { formatNumber } from '../../../core/format/numbers.js';
import type { EmissionsStatusV1 } from '../../results-report/model-v1.js';
import { barChart, type Bar } from './charts.js';
import { body, caption } from './primitives.js';

/**
 * Chapter 1 part 1 of a version-1 model (snapshots frozen before chapter 1 came from the
 * emissions module), drawn exactly as it was then: table-cell bar charts, no images.
 */
export function emissionsBlocksV1(
  e: EmissionsStatusV1,
  width: number,
  heading: Paragraph,
): (Paragraph | Table)[] {
  const wan = (t: string) => new Decimal(t).dividedBy(10000).toNumber();
  const bars: Bar[] = [
    ...e.series.map((s) => ({
      label: `${String(s.year)} 年淨排放`,
      value: wan(s.valueT),
      valueText: formatNumber(toWanTonnesText(new Decimal(s.valueT))),
      color: '4472C4',
    })),
    ...e.targets.map((t) => ({
      label: `${String(t.year)} 年目標`,
      value: wan(t.valueT),
      valueText: formatNumber(toWanTonnesText(new Decimal(t.valueT))),
      color: 'ED7D31',
    })),
  ];
  const blocks: (Paragraph | Table)[] = [heading, ...e.paragraphs.map(body)];
  if (bars.length > 0)
    blocks.push(
      caption('圖 1\u3000歷年溫室氣體淨排放量與目標線（萬公噸 CO₂e；橘色為目標）'),
      barChart(bars, width),
    );
  if (e.shares)
    blocks.push(
      caption(`圖 2\u3000${String(e.shares.year)} 年溫室氣體排放結構（%）`),
      barChart(
        e.shares.items.map((s) => ({
          label: s.label,
          value: Number(s.percent),
          valueText: `${s.percent}%`,
          color: '70AD47',
        })),
        width,
      ),
    );
  return blocks;
}
