import type { EChartsCoreOption } from 'echarts/core';
import { wanTonnesNumber } from '../../../core/format/tonnes.js';
import type { PathwayResponse } from '../../api/emissions.js';
import type { Translate } from '../../i18n/i18n.js';

export type GapYear = PathwayResponse['years'][number];

const wan = (tonnes: string | null) => (tonnes === null ? null : wanTonnesNumber(tonnes));

/** The years the gap analysis can speak of: those with an actual figure. */
export function measuredYears(pathway: PathwayResponse): PathwayResponse['years'] {
  return pathway.years.filter((y) => y.actualT !== null);
}

/** Bars of the gap to the pathway and the gap that remains after the plan's reductions. */
export function gapChartOption(pathway: PathwayResponse, t: Translate): EChartsCoreOption {
  const years = measuredYears(pathway);
  return {
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 64, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
    yAxis: { type: 'value', name: t('emissionsPage.unit'), nameTextStyle: { align: 'left' } },
    series: [
      {
        type: 'bar',
        name: t('emissionsPage.gap.gap'),
        data: years.map((y) => wan(y.gapT)),
        itemStyle: { color: '#5f6b7a' },
      },
      {
        type: 'bar',
        name: t('emissionsPage.gap.remaining'),
        data: years.map((y) => wan(y.remainingGapT)),
        itemStyle: { color: '#c2571a' },
      },
    ],
  };
}
