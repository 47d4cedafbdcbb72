import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

/**
 * One chart. The figure is drawn on a canvas, which screen readers cannot read, so the canvas
 * is hidden from them and each page puts the same figures in a table beside the chart.
 */
export function Chart({
  option,
  height = 320,
  alt,
}: {
  option: EChartsCoreOption;
  height?: number;
  /** Said to screen readers in the chart's place (where the table beside it is). */
  alt?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void import('./echarts.js').then(({ init }) => {
      const element = container.current;
      if (disposed || !element) return;
      const chart = init(element, undefined, { renderer: 'canvas' });
      chart.setOption(option);
      const observer = new ResizeObserver(() => chart.resize());
      observer.observe(element);
      dispose = () => {
        observer.disconnect();
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [option]);
  return (
    <>
      <div className="chart" ref={container} aria-hidden="true" style={{ height }} />
      {alt !== undefined && <p className="visually-hidden">{alt}</p>}
    </>
  );
}
