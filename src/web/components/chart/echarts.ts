/**
 * The parts of ECharts the app draws with, and nothing else: the full package is ~330 KB
 * gzipped, these parts a fraction of it. Loaded on demand, so no public page waits for it.
 * Canvas, not SVG: the SVG renderer writes style attributes, which a strict CSP refuses.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init };
