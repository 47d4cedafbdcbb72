import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_FONT_FAMILY } from './chart-fonts.js';

use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, SVGRenderer]);

/** A chart's size in CSS pixels; the DOCX shows it at this size, the PNG is drawn at 2×. */
export interface ChartSize {
  width: number;
  height: number;
}

export interface SvgChart {
  svg: string;
  size: ChartSize;
}

/**
 * One ECharts option drawn server-side as an SVG string (ECharts' SSR mode: no DOM, no canvas).
 * Animation is off so the SVG is the final picture; text is set as chart-fonts.ts says.
 */
export function renderSvgChart(option: EChartsCoreOption, size: ChartSize): SvgChart {
  const chart = init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT_FAMILY }, ...option });
    return { svg: chart.renderToSVGString(), size };
  } finally {
    chart.dispose();
  }
}
