import { useMemo } from 'react';
import type { EmissionsPageData } from '../../api/emissions-page.js';
import { Chart } from '../../components/chart/Chart.js';
import { formatWanTonnes } from '../../../core/format/tonnes.js';
import { useI18n } from '../../i18n/i18n.js';
import { yearLabel } from './format.js';
import { SourceNote, SourceRef } from './SourceNote.js';
import { annualCapT, trendChartOption } from './trend-chart.js';

const wan = (tonnes: string | null | undefined) =>
  tonnes === null || tonnes === undefined ? '—' : formatWanTonnes(tonnes);

/**
 * The emissions trend: the chart, then the same figures as a table (every year that has a
 * figure, a target or a budget), each published figure with the title of its source.
 */
export function TrendSection({ data }: { data: EmissionsPageData }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => trendChartOption(data, t), [data, t]);
  const { series, pathway, budgets, sources } = data;
  const years = [
    ...new Set([
      ...series.actuals.map((a) => a.year),
      ...series.figures.map((f) => f.year),
      ...pathway.targets.map((target) => target.year),
      ...budgets.budgets.flatMap((b) => b.years.map((y) => y.year)),
    ]),
  ].sort((a, b) => a - b);
  const targetText = (year: number) => {
    const target = pathway.targets.find((x) => x.year === year);
    if (!target) return '';
    return target.kind === 'net_zero'
      ? t('emissionsPage.target.net_zero', { year })
      : t('emissionsPage.target.reduction', {
          year,
          base: target.baseYear ?? '',
          percent: target.reductionPercent ?? '',
        });
  };
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('emissionsPage.trend.heading')}</h2>
      <p className="figure-note">{t('emissionsPage.trend.note')}</p>
      <Chart option={option} height={360} />
      <p className="visually-hidden">{t('emissionsPage.chartAlt')}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="trend-caption">
        <table data-testid="trend-table" className="compact-rows">
          <caption id="trend-caption">{t('emissionsPage.trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('emissionsPage.year')}</th>
              <th scope="col" className="num">
                {t('emissionsPage.trend.net')}
              </th>
              <th scope="col" className="num">
                {t('emissionsPage.trend.gross')}
              </th>
              <th scope="col" className="num">
                {t('emissionsPage.trend.pathway')}
              </th>
              <th scope="col" className="num">
                {t('emissionsPage.trend.budget')}
              </th>
              <th scope="col">{t('emissionsPage.trend.target')}</th>
              <th scope="col">{t('emissionsPage.trend.origin')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => {
              const actual = series.actuals.find((a) => a.year === year);
              const gross = series.figures.find((f) => f.year === year && f.basis === 'gross');
              const budget = budgets.budgets.find((b) => b.startYear <= year && year <= b.endYear);
              const cited = [
                ...new Set(
                  series.figures
                    .filter((f) => f.year === year && f.source !== null)
                    .map((f) => f.source ?? ''),
                ),
              ];
              return (
                <tr key={year} data-year={year}>
                  <th scope="row" className="nowrap">
                    {yearLabel(year, locale)}
                  </th>
                  <td className="num">{wan(actual?.netT)}</td>
                  <td className="num">{wan(gross?.valueT)}</td>
                  <td className="num">
                    {wan(pathway.years.find((y) => y.year === year)?.pathwayT)}
                  </td>
                  <td className="num">{budget ? wan(annualCapT(budget)) : '—'}</td>
                  <td>{targetText(year)}</td>
                  <td>
                    {actual?.origin === 'inventory' && t('emissionOrigin.inventory')}
                    {actual?.origin === 'figure' && (
                      <>
                        {t('emissionOrigin.figure')}{' '}
                        {cited.map((code) => (
                          <SourceRef key={code} sources={sources} code={code} />
                        ))}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SourceNote
        sources={sources}
        codes={[
          ...series.figures.map((f) => f.source),
          ...pathway.targets.map((x) => x.source),
          ...budgets.budgets.map((b) => b.source),
        ]}
      />
    </section>
  );
}
