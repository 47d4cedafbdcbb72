import type { EChartsCoreOption } from 'echarts/core';
import type { EmissionsPageData } from '../../api/emissions-page.js';
import { Decimal } from '../../../core/decimal.js';
import { wanTonnesNumber } from '../../../core/format/tonnes.js';
import { categoryChart } from '../../components/chart/category-chart.js';
import type { Translate } from '../../i18n/i18n.js';

/** Tonnes → 萬公噸 as a chart number (the tables beside the chart keep the exact text). */
const wan = wanTonnesNumber;

/** Every year from the first figure (or base year) to the last pathway year: the x axis. */
export function trendYears({ series, pathway }: EmissionsPageData): number[] {
  const known = [
    ...series.actuals.map((a) => a.year),
    ...series.figures.map((f) => f.year),
    ...pathway.years.map((y) => y.year),
  ];
  if (known.length === 0) return [];
  const first = Math.min(...known);
  const last = Math.max(...known);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A budget's cap as a yearly level, to draw beside annual emissions. */
export function annualCapT(budget: EmissionsPageData['budgets']['budgets'][number]): string {
  return budget.capBasis === 'annual'
    ? budget.capT
    : new Decimal(budget.periodCapT).dividedBy(budget.endYear - budget.startYear + 1).toFixed();
}

/**
 * Net and gross emissions (null where no figure: ECharts leaves the gap, nothing interpolated),
 * the pathway dashed, each budget's cap over its period, and the targets as markers.
 */
export function trendChartOption(data: EmissionsPageData, t: Translate): EChartsCoreOption {
  const years = trendYears(data);
  const { series, pathway, budgets } = data;
  /** One value a year from rows that each have a year; null for a year without a row. */
  const at = <T extends { year: number }>(rows: readonly T[], value: (row: T) => string) =>
    years.map((y) => {
      const row = rows.find((r) => r.year === y);
      return row === undefined ? null : wan(value(row));
    });
  const gross = series.figures.filter((f) => f.basis === 'gross');
  const line = (name: string, data: (number | null)[], color: string, extra = {}) => ({
    type: 'line',
    name,
    data,
    connectNulls: false,
    showSymbol: true,
    symbolSize: 7,
    itemStyle: { color },
    lineStyle: { color, width: 2 },
    ...extra,
  });
  return categoryChart({
    categories: years.map(String),
    unit: t('emissionsPage.unit'),
    // A plain legend wraps on a phone instead of paging; the grid leaves room for two lines.
    legendRoom: 84,
    hideOverlap: true,
    series: [
      line(
        t('emissionsPage.trend.net'),
        at(series.actuals, (a) => a.netT),
        '#1b6e53',
      ),
      line(
        t('emissionsPage.trend.gross'),
        at(gross, (f) => f.valueT),
        '#6b4fa0',
        { symbol: 'triangle', symbolSize: 9 },
      ),
      line(
        t('emissionsPage.trend.pathway'),
        at(pathway.years, (y) => y.pathwayT),
        '#5f6b7a',
        { showSymbol: false, lineStyle: { color: '#5f6b7a', width: 2, type: 'dashed' } },
      ),
      line(
        t('emissionsPage.trend.budget'),
        years.map((y) => {
          const budget = budgets.budgets.find((b) => b.startYear <= y && y <= b.endYear);
          return budget ? wan(annualCapT(budget)) : null;
        }),
        '#c2571a',
        { symbol: 'rect', symbolSize: 8, lineStyle: { color: '#c2571a', width: 4 } },
      ),
      line(
        t('emissionsPage.trend.target'),
        years.map((y) =>
          pathway.targets.some((target) => target.year === y)
            ? wan(pathway.years.find((p) => p.year === y)?.pathwayT ?? '0')
            : null,
        ),
        '#b3261e',
        { symbol: 'diamond', symbolSize: 14, lineStyle: { width: 0 } },
      ),
    ],
  });
}
