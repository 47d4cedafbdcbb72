import type { EChartsCoreOption } from 'echarts/core';
import { wanTonnesNumber } from '../../../core/format/tonnes.js';
import type { PathwayResponse } from '../../api/emissions.js';
import { bars, categoryChart } from '../../components/chart/category-chart.js';
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
  return categoryChart({
    categories: years.map((y) => String(y.year)),
    unit: t('emissionsPage.unit'),
    legendRoom: 64,
    series: [
      bars(
        t('emissionsPage.gap.gap'),
        years.map((y) => wan(y.gapT)),
        '#5f6b7a',
      ),
      bars(
        t('emissionsPage.gap.remaining'),
        years.map((y) => wan(y.remainingGapT)),
        '#c2571a',
      ),
    ],
  });
}
