import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { Decimal } from '../../../core/decimal.js';
import type { EmissionsPageData } from '../../api/emissions-page.js';
import { Chart } from '../../components/chart/Chart.js';
import { DataTable } from '../../components/DataTable.js';
import { formatDecimal } from '../../../core/format/numbers.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { codeLabel, yearLabel } from './format.js';
import { SourceNote } from './SourceNote.js';
import { scopeShareCategories } from '../../../core/vocabulary/lists.js';
import { Section } from '../../components/Section.js';

type Share = EmissionsPageData['series']['shares'][number];

/** Direct/indirect is another cut of the same total than the sectors: never one chart. */
const SCOPE_CATEGORIES: ReadonlySet<string> = new Set(scopeShareCategories);

const shareLabel = (t: Translate, category: string) => codeLabel(t, 'emissionCategory', category);

function sharesChartOption(shares: Share[], t: Translate): EChartsCoreOption {
  return {
    aria: { enabled: false },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: shares.map((s) => shareLabel(t, s.category)) },
    series: [
      {
        type: 'bar',
        name: t('emissionsPage.shares.percent'),
        data: shares.map((s) => Number(s.percent)),
        itemStyle: { color: '#1b6e53' },
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}

function ShareTable({ id, caption, shares }: { id: string; caption: string; shares: Share[] }) {
  const { t } = useI18n();
  return (
    <DataTable
      caption={caption}
      captionId={id}
      testId={id}
      columns={[
        { heading: t('emissionsPage.shares.category'), cell: (s) => shareLabel(t, s.category) },
        {
          heading: t('emissionsPage.shares.percent'),
          numeric: true,
          cell: (s) => formatDecimal(s.percent),
        },
      ]}
      rows={shares}
      rowKey={(s) => s.category}
    />
  );
}

/** The latest year's structure the sources print: by sector (chart + table), direct/indirect. */
export function SharesSection({ data }: { data: EmissionsPageData }) {
  const { t, locale } = useI18n();
  const { shares } = data.series;
  const year = shares.at(-1)?.year;
  const { ofYear, sectors, scopes } = useMemo(() => {
    const latest = shares.filter((s) => s.year === year);
    return {
      ofYear: latest,
      sectors: latest.filter((s) => !SCOPE_CATEGORIES.has(s.category)),
      scopes: latest.filter((s) => SCOPE_CATEGORIES.has(s.category)),
    };
  }, [shares, year]);
  const option = useMemo(() => sharesChartOption(sectors, t), [sectors, t]);
  const sum = sectors.reduce((total, s) => total.plus(s.percent), new Decimal(0));
  const shown = year === undefined ? '' : yearLabel(year, locale);
  return (
    <Section id="shares" heading={t('emissionsPage.shares.heading')}>
      {year === undefined ? (
        <p>{t('emissionsPage.shares.none')}</p>
      ) : (
        <>
          {sectors.length > 0 && (
            <>
              <Chart
                option={option}
                height={40 + sectors.length * 44}
                alt={t('emissionsPage.chartAlt')}
              />
              <ShareTable
                id="shares-sectors"
                caption={t('emissionsPage.shares.caption', { year: shown })}
                shares={sectors}
              />
              {!sum.equals(100) && (
                <p className="figure-note">
                  {t('emissionsPage.shares.sum', { sum: sum.toFixed() })}
                </p>
              )}
            </>
          )}
          {scopes.length > 0 && (
            <ShareTable
              id="shares-scopes"
              caption={t('emissionsPage.shares.scopeCaption', { year: shown })}
              shares={scopes}
            />
          )}
          <SourceNote sources={data.sources} codes={ofYear.map((s) => s.source)} />
        </>
      )}
    </Section>
  );
}
