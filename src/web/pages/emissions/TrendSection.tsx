import { useMemo } from 'react';
import type { EmissionsPageData } from '../../api/emissions-page.js';
import { Chart } from '../../components/chart/Chart.js';
import type { Column } from '../../components/DataTable.js';
import { useI18n } from '../../i18n/i18n.js';
import { wanText, yearLabel } from './format.js';
import { SourceNote, SourceRef } from './SourceNote.js';
import { YearTable } from './YearTable.js';
import { annualCapT, trendChartOption } from './trend-chart.js';
import { Section } from '../../components/Section.js';

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
  const rows = years.map((year) => ({
    year,
    actual: series.actuals.find((a) => a.year === year),
    gross: series.figures.find((f) => f.year === year && f.basis === 'gross'),
    budget: budgets.budgets.find((b) => b.startYear <= year && year <= b.endYear),
    cited: [
      ...new Set(
        series.figures
          .filter((f) => f.year === year && f.source !== null)
          .map((f) => f.source ?? ''),
      ),
    ],
  }));
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
  const columns: Column<(typeof rows)[number]>[] = [
    {
      heading: t('emissionsPage.year'),
      className: 'nowrap',
      cell: (r) => yearLabel(r.year, locale),
    },
    { heading: t('emissionsPage.trend.net'), numeric: true, cell: (r) => wanText(r.actual?.netT) },
    {
      heading: t('emissionsPage.trend.gross'),
      numeric: true,
      cell: (r) => wanText(r.gross?.valueT),
    },
    {
      heading: t('emissionsPage.trend.pathway'),
      numeric: true,
      cell: (r) => wanText(pathway.years.find((y) => y.year === r.year)?.pathwayT),
    },
    {
      heading: t('emissionsPage.trend.budget'),
      numeric: true,
      cell: (r) => (r.budget ? wanText(annualCapT(r.budget)) : '—'),
    },
    { heading: t('emissionsPage.trend.target'), cell: (r) => targetText(r.year) },
    {
      heading: t('emissionsPage.trend.origin'),
      cell: ({ actual, cited }) => (
        <>
          {actual?.origin === 'inventory' && t('emissionOrigin.inventory')}
          {actual?.origin === 'figure' && (
            <>
              {t('emissionOrigin.figure')}{' '}
              {cited.map((code) => (
                <SourceRef key={code} sources={sources} code={code} />
              ))}
            </>
          )}
        </>
      ),
    },
  ];
  return (
    <Section
      id="trend"
      heading={t('emissionsPage.trend.heading')}
      note={t('emissionsPage.trend.note')}
    >
      <Chart option={option} height={360} alt={t('emissionsPage.chartAlt')} />
      <YearTable
        name="trend"
        caption={t('emissionsPage.trend.caption')}
        columns={columns}
        rows={rows}
      />
      <SourceNote
        sources={sources}
        codes={[
          ...series.figures.map((f) => f.source),
          ...pathway.targets.map((x) => x.source),
          ...budgets.budgets.map((b) => b.source),
        ]}
      />
    </Section>
  );
}
