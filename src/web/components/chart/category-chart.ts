import type { EChartsCoreOption } from 'echarts/core';

/**
 * The frame of a chart over categories (years, dates): the legend above (`legendRoom` pixels
 * for it to wrap into on a phone), the value axis named by its unit, a tooltip per category.
 * ECharts' own aria stays off: the canvas is hidden from screen readers and the table beside
 * the chart says the same.
 */
export function categoryChart({
  categories,
  unit,
  legendRoom,
  series,
  hideOverlap = false,
}: {
  categories: string[];
  unit: string;
  legendRoom: number;
  series: object[];
  hideOverlap?: boolean;
}): EChartsCoreOption {
  return {
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: legendRoom, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: categories,
      ...(hideOverlap ? { axisLabel: { hideOverlap: true } } : {}),
    },
    yAxis: { type: 'value', name: unit, nameTextStyle: { align: 'left' } },
    series,
  };
}

/** A bar series in one colour. */
export function bars(name: string, data: (number | null)[], color: string) {
  return { type: 'bar', name, data, itemStyle: { color } };
}
