// ECharts' per-part entry points (reached through the package's "./*" export), typed as the
// installers `echarts/charts`, `/components` and `/renderers` re-export. Importing these
// instead of those barrels loads only the parts the report's charts use (svg-chart.ts).
declare module 'echarts/lib/chart/line/install.js' {
  export const install: typeof import('echarts/charts').LineChart;
}
declare module 'echarts/lib/chart/bar/install.js' {
  export const install: typeof import('echarts/charts').BarChart;
}
declare module 'echarts/lib/chart/scatter/install.js' {
  export const install: typeof import('echarts/charts').ScatterChart;
}
declare module 'echarts/lib/component/grid/installSimple.js' {
  export const install: typeof import('echarts/components').GridSimpleComponent;
}
declare module 'echarts/lib/component/legend/installLegendPlain.js' {
  export const install: typeof import('echarts/components').LegendPlainComponent;
}
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  export const install: typeof import('echarts/renderers').SVGRenderer;
}
