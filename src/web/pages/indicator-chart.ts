import type { EChartsCoreOption } from 'echarts/core';
import type { MeasureIndicator } from '../api/measure-detail.js';
import { Decimal } from '../../core/decimal.js';
import { formatDate } from '../format/dates.js';
import { figurePrecision } from '../../core/format/numbers.js';
import { bars, categoryChart } from '../components/chart/category-chart.js';
import type { Locale, Translate } from '../i18n/i18n.js';

/** Kinds whose target is one level the figures climb towards, drawn as a flat line. */
const LEVEL_TARGETS = new Set(['cumulative', 'level']);

/** The decimals the indicator's own figures are written with; computed values print to it. */
export function indicatorPrecision(indicator: MeasureIndicator): number {
  return figurePrecision([
    indicator.target,
    indicator.actual,
    ...indicator.results.map((result) => result.value),
    ...indicator.yearly.map((point) => point.actual),
  ]);
}

/**
 * The figures at each year end (and the cut-off) against the expected path and the target.
 * Charts need numbers; the table beside the chart keeps the exact decimals.
 */
export function indicatorChartOption(
  indicator: MeasureIndicator,
  t: Translate,
  locale: Locale,
): EChartsCoreOption {
  const points = indicator.yearly;
  const number = (value: string | null) => (value === null ? null : Number(value));
  const places = indicatorPrecision(indicator);
  const rounded = (value: string | null) =>
    value === null ? null : Number(new Decimal(value).toFixed(places));
  const target = LEVEL_TARGETS.has(indicator.targetKind) ? indicator.target : null;
  return categoryChart({
    categories: points.map((p) => formatDate(p.date, locale)),
    unit: indicator.unit,
    legendRoom: 40,
    series: [
      bars(
        t('measure.actual'),
        points.map((p) => number(p.actual)),
        '#1b6e53',
      ),
      {
        type: 'line',
        name: t('measure.expected'),
        data: points.map((p) => rounded(p.expected)),
        itemStyle: { color: '#2f4b8f' },
      },
      ...(target === null
        ? []
        : [
            {
              type: 'line',
              name: t('measure.target'),
              data: points.map(() => Number(target)),
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#8a3b12' },
              itemStyle: { color: '#8a3b12' },
            },
          ]),
    ],
  });
}
