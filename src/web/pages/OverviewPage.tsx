import { useMemo, type ReactNode } from 'react';
import { useCityEmissions } from '../api/emissions.js';
import { Loading } from '../components/Feedback.js';
import { type PlanData } from '../api/use-plan-summary.js';
import { planOf, selectionQuery, type PlanSelection } from '../app/plan-context.js';
import { hrefFor } from '../app/routes.js';
import { Chart } from '../components/chart/Chart.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { WithPlanSummary } from '../components/WithPlanSummary.js';
import { formatDate } from '../format/dates.js';
import { percentOf } from '../../core/format/numbers.js';
import { formatWanTonnes } from '../../core/format/tonnes.js';
import { useI18n, type Translate } from '../i18n/i18n.js';
import { localName } from '../i18n/names.js';
import { EmissionsSection } from './EmissionsSection.js';
import { sectorChartOption } from './overview-chart.js';
import { progressStatuses } from '../../core/progress/status.js';
import { Section } from '../components/Section.js';

export function OverviewPage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  // Asked for at once, beside the summary; the body shows when both have answered, so the
  // emissions arriving later never push the sections below them down (layout shift).
  const [emissions, retryEmissions] = useCityEmissions(planOf(query).city);
  return (
    <>
      <h1>{t('overview.heading')}</h1>
      <WithPlanSummary
        query={query}
        lead={(selection, data) => <Lead selection={selection} data={data} />}
      >
        {(data) =>
          emissions.state === 'loading' ? (
            <Loading />
          ) : (
            <OverviewBody
              data={data}
              query={query}
              t={t}
              emissions={<EmissionsSection emissions={emissions} retry={retryEmissions} />}
            />
          )
        }
      </WithPlanSummary>
    </>
  );
}

/** Which plan, at which cut-off: the plan's name once loaded, its code before. */
function Lead({ selection, data }: { selection: PlanSelection; data: PlanData | null }) {
  const { t, locale } = useI18n();
  return (
    <p className="lead">
      {t('overview.plan', {
        plan: data ? localName(data.plan, locale) : selection.plan,
        date: formatDate(selection.asOf, locale),
      })}
    </p>
  );
}

function OverviewBody({
  data,
  query,
  t,
  emissions,
}: {
  data: PlanData;
  query: URLSearchParams;
  t: Translate;
  /** The city's emissions section, loaded beside the summary. */
  emissions: ReactNode;
}) {
  const { locale } = useI18n();
  const { summary } = data;
  const carried = selectionQuery(planOf(query), query);
  const chartOption = useMemo(() => sectorChartOption(summary, t), [summary, t]);
  const goal = summary.goalReductionT;
  return (
    <>
      <section aria-labelledby="total-heading" className="figures">
        <h2 id="total-heading" className="visually-hidden">
          {t('overview.total')}
        </h2>
        <div className="figure">
          <p className="figure-label">{t('overview.total')}</p>
          <p className="figure-value" data-testid="total-reduction">
            {formatWanTonnes(summary.totalReductionT)}{' '}
            <small>{t('common.tenThousandTonnes')}</small>
          </p>
          <p className="figure-note">
            {t('overview.uncertainty', {
              value: formatWanTonnes(summary.totalReductionUncertaintyT),
            })}
          </p>
        </div>
        <div className="figure">
          <p className="figure-label">{t('overview.goal')}</p>
          {goal ? (
            <>
              <p className="figure-value">
                {formatWanTonnes(goal)} <small>{t('common.tenThousandTonnes')}</small>
              </p>
              <p className="figure-note">
                {t('overview.goalShare', {
                  share: percentOf(summary.totalReductionT, goal, 1) ?? '0',
                })}
              </p>
              <progress
                max={100}
                value={Math.min(100, Number(percentOf(summary.totalReductionT, goal, 1) ?? '0'))}
                aria-label={t('overview.goalShare', {
                  share: percentOf(summary.totalReductionT, goal, 1) ?? '0',
                })}
              />
            </>
          ) : (
            <p className="figure-note">{t('overview.noGoal')}</p>
          )}
        </div>
      </section>

      {emissions}

      <Section id="status" heading={t('overview.statusHeading')}>
        <ul className="status-counts">
          {progressStatuses.map((status) => (
            <li key={status}>
              <a href={hrefFor({ page: 'measures' }, { ...carried, status })}>
                <StatusBadge status={status} />
                <span className="count" data-testid={`status-${status}`}>
                  {summary.status[status]}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="sector" heading={t('overview.sectorHeading')}>
        <Chart option={chartOption} height={300} />
        <DataTable
          name={{ labelledBy: 'sector-heading' }}
          columns={sectorColumns(t, carried)}
          rows={summary.sectors}
          rowKey={(sector) => sector.code}
          rowAttributes={(sector) => ({ 'data-testid': `sector-${sector.code}` })}
        />
      </Section>

      {summary.published && (
        <Section id="published" heading={t('overview.publishedHeading')}>
          <dl className="pairs">
            <dt>{t('overview.published')}</dt>
            <dd>
              {formatWanTonnes(summary.published.publishedT)} {t('common.tenThousandTonnes')}
            </dd>
            <dt>{t('overview.computed')}</dt>
            <dd>
              {formatWanTonnes(summary.published.computedT)} {t('common.tenThousandTonnes')}
            </dd>
            <dt>{t('overview.difference')}</dt>
            <dd>
              {formatWanTonnes(summary.published.differenceT)} {t('common.tenThousandTonnes')} (
              {t('overview.roundingBound')} ±{formatWanTonnes(summary.published.roundingBoundT)})
            </dd>
          </dl>
          <p>
            {locale === 'zh-TW'
              ? summary.published.explanation.zh
              : summary.published.explanation.en}
          </p>
        </Section>
      )}
    </>
  );
}

type Sector = PlanData['summary']['sectors'][number];

function sectorColumns(t: Translate, carried: ReturnType<typeof selectionQuery>): Column<Sector>[] {
  return [
    {
      heading: t('table.sector'),
      className: 'nowrap',
      cell: (sector) => (
        <a href={hrefFor({ page: 'measures' }, { ...carried, sector: sector.code })}>
          {t(`sector.${sector.code}`)}
        </a>
      ),
    },
    { heading: t('table.measures'), numeric: true, cell: (sector) => sector.measures },
    {
      heading: t('table.reduction'),
      numeric: true,
      cell: (sector) => formatWanTonnes(sector.reductionT),
    },
    {
      heading: t('table.statuses'),
      cell: (sector) =>
        progressStatuses
          .filter((status) => sector.status[status] > 0)
          .map((status) => (
            <span key={status} className="status-pair">
              <StatusBadge status={status} /> {sector.status[status]}
            </span>
          )),
    },
  ];
}
