import { useMemo } from 'react';
import type { EmissionsPageData } from '../../api/emissions-page.js';
import { Chart } from '../../components/chart/Chart.js';
import type { Column } from '../../components/DataTable.js';
import { useI18n, type Locale, type Translate } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/zh-TW.js';
import { percentText, wanText, yearLabel } from './format.js';
import { gapChartOption, measuredYears, type GapYear } from './gap-chart.js';
import { SourceNote } from './SourceNote.js';
import { YearTable } from './YearTable.js';
import { Section } from '../../components/Section.js';

/**
 * The gap per measured year, as the API computes it: actual against the pathway, then the
 * plan's reductions against those required and what remains. Nothing is computed here.
 */
export function GapSection({ data }: { data: EmissionsPageData }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => gapChartOption(data.pathway, t), [data.pathway, t]);
  const years = measuredYears(data.pathway);
  return (
    <Section id="gap" heading={t('emissionsPage.gap.heading')} note={t('emissionsPage.gap.note')}>
      {years.length === 0 ? (
        <p>{t('emissionsPage.gap.none')}</p>
      ) : (
        <>
          <Chart option={option} height={280} alt={t('emissionsPage.chartAlt')} />
          <YearTable
            name="gap"
            caption={t('emissionsPage.gap.caption')}
            columns={gapColumns(t, locale)}
            rows={years}
          />
          <SourceNote
            sources={data.sources}
            codes={[
              ...data.series.figures.map((f) => f.source),
              ...data.pathway.targets.map((x) => x.source),
            ]}
          />
        </>
      )}
    </Section>
  );
}

function gapColumns(t: Translate, locale: Locale): Column<GapYear>[] {
  const tonnes = (heading: MessageKey, value: (y: GapYear) => string | null): Column<GapYear> => ({
    heading: t(heading),
    numeric: true,
    cell: (y) => wanText(value(y)),
  });
  const percent = (heading: MessageKey, value: (y: GapYear) => string | null): Column<GapYear> => ({
    heading: t(heading),
    numeric: true,
    cell: (y) => percentText(value(y)),
  });
  return [
    {
      heading: t('emissionsPage.year'),
      className: 'nowrap',
      cell: (y) => yearLabel(y.year, locale),
    },
    tonnes('emissionsPage.gap.actual', (y) => y.actualT),
    tonnes('emissionsPage.gap.pathway', (y) => y.pathwayT),
    tonnes('emissionsPage.gap.gap', (y) => y.gapT),
    percent('emissionsPage.gap.gapPercent', (y) => y.gapPercent),
    {
      heading: t('emissionsPage.gap.required'),
      numeric: true,
      cell: (y) => (
        <>
          {wanText(y.requiredReductionT)}
          {y.referenceYear !== null && (
            <small> {t('emissionsPage.gap.reference', { year: y.referenceYear })}</small>
          )}
        </>
      ),
    },
    tonnes('emissionsPage.gap.planned', (y) => y.plannedReductionT),
    tonnes('emissionsPage.gap.remaining', (y) => y.remainingGapT),
    percent('emissionsPage.gap.remainingPercent', (y) => y.remainingGapPercent),
  ];
}
