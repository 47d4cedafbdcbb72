import { useMemo } from 'react';
import type { MeasureIndicator } from '../api/measure-detail.js';
import { Chart } from '../components/chart/Chart.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { formatDate } from '../format/dates.js';
import { formatDecimal } from '../../core/format/numbers.js';
import { DataTable } from '../components/DataTable.js';
import { useI18n } from '../i18n/i18n.js';
import { figureColumns } from './figure-columns.js';
import { indicatorChartOption, indicatorPrecision } from './indicator-chart.js';

/** One indicator: its target, the chart of figures against it, and the figures themselves. */
export function IndicatorSection({ indicator }: { indicator: MeasureIndicator }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => indicatorChartOption(indicator, t, locale), [indicator, t, locale]);
  const value = (text: string | null) => (text === null ? t('common.none') : formatDecimal(text));
  // The expected path is computed (411.966…); it prints with the figures' own decimals.
  const places = indicatorPrecision(indicator);
  const expected = (text: string | null) =>
    text === null ? t('common.none') : formatDecimal(text, places);
  const headingId = `indicator-${indicator.key}`;
  const charted = indicator.targetKind !== 'observation' && indicator.yearly.length > 0;
  return (
    <section className="indicator" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {indicator.label} <StatusBadge status={indicator.status} />
      </h3>
      <p className="figure-note">
        {t(`targetKind.${indicator.targetKind}`)} · {t('measure.unit', { unit: indicator.unit })}
        {indicator.latestPeriodEnd &&
          ` · ${t('measure.latest')} ${formatDate(indicator.latestPeriodEnd, locale)}`}
      </p>
      {indicator.targetText && <p>{indicator.targetText}</p>}
      <dl className="pairs">
        <dt>{t('measure.target')}</dt>
        <dd>{value(indicator.target)}</dd>
        <dt>{t('measure.actual')}</dt>
        <dd>{value(indicator.actual)}</dd>
        <dt>{t('measure.expected')}</dt>
        <dd>{expected(indicator.expectedToDate)}</dd>
      </dl>
      {charted && (
        <>
          <Chart option={option} height={260} />
          <DataTable
            name={{ labelledBy: headingId }}
            caption={t('measure.chartLabel', { label: indicator.label })}
            columns={[
              { heading: t('measure.date'), cell: (point) => formatDate(point.date, locale) },
              { heading: t('measure.actual'), numeric: true, cell: (point) => value(point.actual) },
              {
                heading: t('measure.expected'),
                numeric: true,
                cell: (point) => expected(point.expected),
              },
            ]}
            rows={indicator.yearly}
            rowKey={(point) => point.date}
          />
        </>
      )}
      {indicator.results.length > 0 && (
        <DataTable
          name={{ label: t('measure.results') }}
          caption={t('measure.results')}
          columns={[
            ...figureColumns(t, locale),
            { heading: t('measure.note'), cell: (result) => result.text ?? '' },
          ]}
          rows={indicator.results}
          rowKey={(_, index) => index}
        />
      )}
    </section>
  );
}
