import { useMemo } from 'react';
import type { IndicatorSummary, MeasureSummary } from '../api/plan-summary.js';
import { usePlanSummary } from '../api/use-plan-summary.js';
import { planSelection, selectionQuery } from '../app/plan-context.js';
import { hrefFor } from '../app/routes.js';
import { Chart } from '../components/chart/Chart.js';
import { ErrorMessage, Loading } from '../components/Feedback.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { formatDate, formatYear } from '../format/dates.js';
import { formatDecimal } from '../format/numbers.js';
import { useI18n } from '../i18n/i18n.js';
import { indicatorChartOption, progressChartOption } from './indicator-chart.js';

interface Props {
  sector: string;
  no: number;
  query: URLSearchParams;
}

export function MeasureDetailPage({ sector, no, query }: Props) {
  const { t } = useI18n();
  const selection = planSelection(query);
  const [summary, retry] = usePlanSummary(selection);
  const back = hrefFor({ page: 'measures' }, selectionQuery(selection, query));
  if (summary.state === 'loading') return <Loading />;
  if (summary.state === 'error') return <ErrorMessage error={summary.error} onRetry={retry} />;
  const measure = summary.data.measures.find((m) => m.sector === sector && m.no === no);
  if (!measure) {
    return (
      <>
        <h1>{t('measure.notFound')}</h1>
        <p>
          <a href={back}>{t('common.back')}</a>
        </p>
      </>
    );
  }
  return <MeasureDetail measure={measure} back={back} />;
}

function MeasureDetail({ measure, back }: { measure: MeasureSummary; back: string }) {
  const { t } = useI18n();
  return (
    <>
      <p>
        <a href={back}>← {t('common.back')}</a>
      </p>
      <h1>
        <span className="measure-no">
          {t(`sector.${measure.sector}`)} {measure.no}
        </span>{' '}
        {measure.name}
      </h1>
      <dl className="pairs">
        <dt>{t('table.agency')}</dt>
        <dd>{measure.agency ?? t('common.none')}</dd>
        <dt>{t('table.status')}</dt>
        <dd>
          <StatusBadge status={measure.status} />
        </dd>
        <dt>{t('measure.reduction')}</dt>
        <dd>
          {measure.reductionT
            ? `${formatDecimal(measure.reductionT)} ${t('common.tonnes')}`
            : t('common.none')}
        </dd>
      </dl>
      <h2>{t('measure.indicators')}</h2>
      {measure.indicators.map((indicator) => (
        <Indicator key={indicator.key} indicator={indicator} />
      ))}
    </>
  );
}

function Indicator({ indicator }: { indicator: IndicatorSummary }) {
  const { t, locale } = useI18n();
  const option = useMemo(
    () =>
      indicator.years
        ? indicatorChartOption(indicator, t, locale)
        : progressChartOption(indicator, t),
    [indicator, t, locale],
  );
  const value = (text: string | null) => (text === null ? t('common.none') : formatDecimal(text));
  const headingId = `indicator-${indicator.key}`;
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
      <dl className="pairs">
        <dt>{t('measure.target')}</dt>
        <dd>{value(indicator.target)}</dd>
        <dt>{t('measure.actual')}</dt>
        <dd>{value(indicator.actual)}</dd>
        <dt>{t('measure.expected')}</dt>
        <dd>{value(indicator.expectedToDate)}</dd>
      </dl>
      {indicator.targetKind !== 'observation' && <Chart option={option} height={260} />}
      {indicator.years && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
          <table>
            <caption>{t('measure.chartLabel', { label: indicator.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measure.year')}</th>
                <th scope="col" className="num">
                  {t('measure.actual')}
                </th>
                <th scope="col" className="num">
                  {t('measure.expected')}
                </th>
                <th scope="col">{t('measure.met')}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.years.map((year) => (
                <tr key={year.year}>
                  <th scope="row">{formatYear(year.year, locale)}</th>
                  <td className="num">{value(year.actual)}</td>
                  <td className="num">{value(year.expected)}</td>
                  <td>
                    {year.met === null
                      ? t('common.none')
                      : year.met
                        ? t('measure.yes')
                        : t('measure.no')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
