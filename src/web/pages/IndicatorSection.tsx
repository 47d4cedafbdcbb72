import { useMemo } from 'react';
import type { MeasureIndicator } from '../api/measure-detail.js';
import { Chart } from '../components/chart/Chart.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { formatDate } from '../format/dates.js';
import { formatDecimal } from '../../core/format/numbers.js';
import { formatPeriod } from '../format/periods.js';
import { useI18n } from '../i18n/i18n.js';
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
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
            <table>
              <caption>{t('measure.chartLabel', { label: indicator.label })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('measure.date')}</th>
                  <th scope="col" className="num">
                    {t('measure.actual')}
                  </th>
                  <th scope="col" className="num">
                    {t('measure.expected')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {indicator.yearly.map((point) => (
                  <tr key={point.date}>
                    <th scope="row">{formatDate(point.date, locale)}</th>
                    <td className="num">{value(point.actual)}</td>
                    <td className="num">{expected(point.expected)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {indicator.results.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('measure.results')}>
          <table>
            <caption>{t('measure.results')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measure.period')}</th>
                <th scope="col" className="num">
                  {t('measure.value')}
                </th>
                <th scope="col">{t('measure.basis')}</th>
                <th scope="col">{t('measure.note')}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.results.map((result, index) => (
                <tr key={index}>
                  <th scope="row">{formatPeriod(result.periodStart, result.periodEnd, locale)}</th>
                  <td className="num">{formatDecimal(result.value)}</td>
                  <td>{t(`basis.${result.basis}`)}</td>
                  <td>{result.text ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
