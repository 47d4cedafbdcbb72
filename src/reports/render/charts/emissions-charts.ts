import { wanTonnesNumber } from '../../../core/format/tonnes.js';
import type { EmissionsChapter } from '../../results-report/model.js';
import { renderSvgChart, type ChartSize, type SvgChart } from './svg-chart.js';

const ACTUAL = '#2F5597';
const PATHWAY = '#ED7D31';
const SECTOR = '#4472C4';
const SCOPE = '#70AD47';

export const TREND_SIZE: ChartSize = { width: 640, height: 340 };

/**
 * Figure 1: net emissions of the years held (line with points) against the pathway from the
 * base year through the stored targets (dashed), the targets labelled. Null when nothing is held.
 */
export function emissionsTrendChart(e: EmissionsChapter): SvgChart | null {
  if (e.series.length === 0) return null;
  const years = [...e.series.map((s) => s.year), ...e.pathway.map((p) => p.year)];
  return renderSvgChart(
    {
      legend: { bottom: 0, data: ['淨排放量', '減量路徑', '目標'] },
      grid: { left: 70, right: 40, top: 40, bottom: 60 },
      xAxis: {
        type: 'value',
        min: Math.min(...years),
        max: Math.max(...years),
        interval: 5,
        axisLabel: { formatter: (v: number) => String(v) },
      },
      yAxis: { type: 'value', name: '萬公噸 CO₂e', min: 0 },
      series: [
        {
          name: '淨排放量',
          type: 'line',
          color: ACTUAL,
          symbolSize: 7,
          // Only the baseline and the latest year are labelled: close years would overlap.
          data: e.series.map((s) => ({
            value: [s.year, wanTonnesNumber(s.valueT)],
            label: {
              show: s.year === e.baseline?.year || s.year === e.latest?.year,
              position: s.year === e.latest?.year ? 'bottom' : 'right',
              fontSize: 10,
              formatter: wanTonnesNumber(s.valueT).toLocaleString('en-US'),
            },
          })),
        },
        {
          name: '減量路徑',
          type: 'line',
          color: PATHWAY,
          showSymbol: false,
          lineStyle: { type: 'dashed' },
          data: e.pathway.map((p) => [p.year, wanTonnesNumber(p.valueT)]),
        },
        {
          name: '目標',
          type: 'scatter',
          color: PATHWAY,
          symbol: 'diamond',
          symbolSize: 11,
          label: {
            show: true,
            position: 'top',
            fontSize: 10,
            formatter: (p: { data: [number, number] }) =>
              `${String(p.data[0])} 目標 ${p.data[1].toLocaleString('en-US')}`,
          },
          data: e.targets.map((t) => [t.year, wanTonnesNumber(t.valueT)]),
        },
      ],
    },
    TREND_SIZE,
  );
}

/** Figure 2: the share of each sector (and of direct/indirect emissions), as the source gives them. */
export function emissionsStructureChart(e: EmissionsChapter): SvgChart | null {
  const shares = e.shares;
  if (!shares) return null;
  const items = [
    ...shares.sectors.map((s) => ({ ...s, color: SECTOR })),
    ...shares.scopes.map((s) => ({ ...s, color: SCOPE })),
  ];
  if (items.length === 0) return null;
  return renderSvgChart(
    {
      grid: { left: 130, right: 50, top: 10, bottom: 30 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: items.map((i) => i.label) },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          label: { show: true, position: 'right', formatter: '{c}%' },
          data: items.map((i) => ({ value: Number(i.percent), itemStyle: { color: i.color } })),
        },
      ],
    },
    { width: TREND_SIZE.width, height: 40 + items.length * 36 },
  );
}
