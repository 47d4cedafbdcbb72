import type { EChartsCoreOption } from 'echarts/core';
import { Decimal } from '../../core/decimal.js';
import type { PlanSummary } from '../api/plan-summary.js';
import type { Translate } from '../i18n/i18n.js';

/**
 * Bars of each sector's reduction in 萬公噸, the unit of the table beside it and of the city's
 * reports; a chart needs numbers, the table keeps the exact text.
 */
export function sectorChartOption(summary: PlanSummary, t: Translate): EChartsCoreOption {
  return {
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'value',
      axisLabel: { hideOverlap: true },
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
        data: summary.sectors.map((sector) =>
          new Decimal(sector.reductionT).dividedBy(10_000).toNumber(),
        ),
        itemStyle: { color: '#1b6e53' },
      },
    ],
  };
}
