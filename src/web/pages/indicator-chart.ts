import type { EChartsCoreOption } from 'echarts/core';
import type { IndicatorSummary } from '../api/plan-summary.js';
import { formatYear } from '../format/dates.js';
import type { Locale, Translate } from '../i18n/i18n.js';

/**
 * Yearly actual figures as bars and the expected value of each year (the target's share) as
 * a line. Charts need numbers; the table under the chart keeps the exact decimals.
 */
export function indicatorChartOption(
  indicator: IndicatorSummary,
  t: Translate,
  locale: Locale,
): EChartsCoreOption {
  const years = indicator.years ?? [];
  const number = (value: string | null) => (value === null ? null : Number(value));
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: years.map((y) => formatYear(y.year, locale)) },
    yAxis: { type: 'value', name: indicator.unit },
    series: [
      {
        type: 'bar',
        name: t('measure.actual'),
        data: years.map((y) => number(y.actual)),
        itemStyle: { color: '#1b6e53' },
      },
      {
        type: 'line',
        name: t('measure.expected'),
        data: years.map((y) => number(y.expected)),
        itemStyle: { color: '#2f4b8f' },
      },
    ],
  };
}

/** Indicators without yearly figures (cumulative, level): actual and expected against target. */
export function progressChartOption(indicator: IndicatorSummary, t: Translate): EChartsCoreOption {
  const bars = [
    { name: t('measure.actual'), value: indicator.actual, color: '#1b6e53' },
    { name: t('measure.expected'), value: indicator.expectedToDate, color: '#2f4b8f' },
    { name: t('measure.target'), value: indicator.target, color: '#8a3b12' },
  ].filter((bar) => bar.value !== null);
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: indicator.unit },
    yAxis: { type: 'category', inverse: true, data: bars.map((bar) => bar.name) },
    series: [
      {
        type: 'bar',
        data: bars.map((bar) => ({ value: Number(bar.value), itemStyle: { color: bar.color } })),
      },
    ],
  };
}
