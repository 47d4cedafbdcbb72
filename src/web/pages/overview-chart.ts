import type { EChartsCoreOption } from 'echarts/core';
import type { PlanSummary } from '../api/plan-summary.js';
import type { Locale, Translate } from '../i18n/i18n.js';

/** Bars of each sector's reduction; a chart needs numbers, the table beside it keeps the exact text. */
export function sectorChartOption(
  summary: PlanSummary,
  t: Translate,
  locale: Locale,
): EChartsCoreOption {
  // "50萬" / "500K": full tonnes on the axis overlap on a phone.
  const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
  return {
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: (value: number) => compact.format(value), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: summary.sectors.map((sector) => t(`sector.${sector.code}`)),
    },
    series: [
      {
        type: 'bar',
        name: t('overview.sectorChart'),
        data: summary.sectors.map((sector) => Number(sector.reductionT)),
        itemStyle: { color: '#1b6e53' },
      },
    ],
  };
}
