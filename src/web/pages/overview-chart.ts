import type { EChartsCoreOption } from 'echarts/core';
import type { PlanSummary } from '../api/plan-summary.js';
import type { Translate } from '../i18n/i18n.js';

/** Bars of each sector's reduction; a chart needs numbers, the table beside it keeps the exact text. */
export function sectorChartOption(summary: PlanSummary, t: Translate): EChartsCoreOption {
  return {
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value' },
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
