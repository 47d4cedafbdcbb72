import { install as BarChart } from 'echarts/lib/chart/bar/install.js';
import { install as LineChart } from 'echarts/lib/chart/line/install.js';
import { install as ScatterChart } from 'echarts/lib/chart/scatter/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/installSimple.js';
import { install as LegendComponent } from 'echarts/lib/component/legend/installLegendPlain.js';
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { CHART_FONT_FAMILY } from './chart-fonts.js';

// Each part from its own module: the `echarts/charts` and `/components` barrels load every
// chart and component ECharts has (~0.5 s of a CLI report's start, for a static picture that
// needs no tooltip, axis pointer or legend scrolling).
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
