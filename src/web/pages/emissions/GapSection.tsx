import { useMemo } from 'react';
import type { EmissionsPageData } from '../../api/emissions-page.js';
import { Chart } from '../../components/chart/Chart.js';
import { formatWanTonnes } from '../../../core/format/tonnes.js';
import { useI18n } from '../../i18n/i18n.js';
import { percentText, yearLabel } from './format.js';
import { gapChartOption, measuredYears } from './gap-chart.js';
import { SourceNote } from './SourceNote.js';

const wan = (tonnes: string | null) => (tonnes === null ? '—' : formatWanTonnes(tonnes));

/**
 * The gap per measured year, as the API computes it: actual against the pathway, then the
 * plan's reductions against those required and what remains. Nothing is computed here.
 */
export function GapSection({ data }: { data: EmissionsPageData }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => gapChartOption(data.pathway, t), [data.pathway, t]);
  const years = measuredYears(data.pathway);
  return (
    <section aria-labelledby="gap-heading">
      <h2 id="gap-heading">{t('emissionsPage.gap.heading')}</h2>
      <p className="figure-note">{t('emissionsPage.gap.note')}</p>
      {years.length === 0 ? (
        <p>{t('emissionsPage.gap.none')}</p>
      ) : (
        <>
          <Chart option={option} height={280} />
          <p className="visually-hidden">{t('emissionsPage.chartAlt')}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="gap-caption">
            <table data-testid="gap-table" className="compact-rows">
              <caption id="gap-caption">{t('emissionsPage.gap.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('emissionsPage.year')}</th>
                  <th scope="col" className="num">
                    {t('emissionsPage.gap.actual')}
                  </th>
                  <th scope="col" className="num">
                    {t('emissionsPage.gap.pathway')}
                  </th>
                  <th scope="col" className="num">
                    {t('emissionsPage.gap.gap')}
                  </th>
                  <th scope="col" className="num">
                    {t('emissionsPage.gap.gapPercent')}
                  </th>
                  <th scope="col" className="num">
                    {t('emissionsPage.gap.required')}
                  </th>
                  <th scope="col" className="num">
                    {t('emissionsPage.gap.planned')}
                  </th>
                  <th scope="col" className="num">
                    {t('emissionsPage.gap.remaining')}
                  </th>
                  <th scope="col" className="num">
                    {t('emissionsPage.gap.remainingPercent')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <tr key={y.year} data-year={y.year}>
                    <th scope="row" className="nowrap">
                      {yearLabel(y.year, locale)}
                    </th>
                    <td className="num">{wan(y.actualT)}</td>
                    <td className="num">{wan(y.pathwayT)}</td>
                    <td className="num">{wan(y.gapT)}</td>
                    <td className="num">{percentText(y.gapPercent)}</td>
                    <td className="num">
                      {wan(y.requiredReductionT)}
                      {y.referenceYear !== null && (
                        <small>
                          {' '}
                          {t('emissionsPage.gap.reference', { year: y.referenceYear })}
                        </small>
                      )}
                    </td>
                    <td className="num">{wan(y.plannedReductionT)}</td>
                    <td className="num">{wan(y.remainingGapT)}</td>
                    <td className="num">{percentText(y.remainingGapPercent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <SourceNote
            sources={data.sources}
            codes={[
              ...data.series.figures.map((f) => f.source),
              ...data.pathway.targets.map((x) => x.source),
            ]}
          />
        </>
      )}
    </section>
  );
}
