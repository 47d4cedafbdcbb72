import { type PlanData } from '../api/use-plan-summary.js';
import { planOf, selectionQuery } from '../app/plan-context.js';
import { hrefFor } from '../app/routes.js';
import { replaceQuery } from '../app/use-location.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { FilterSelect } from '../components/FilterSelect.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { WithPlanSummary } from '../components/WithPlanSummary.js';
import { formatWanTonnes } from '../../core/format/tonnes.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/zh-TW.js';
import { localName } from '../i18n/names.js';
import { filterMeasures, filtersFrom, type MeasureFilters } from './measure-filters.js';
import { progressStatuses } from '../../core/progress/status.js';
import { sectorCodes } from '../../core/vocabulary/lists.js';
import { CommitteePoints } from './committee/LinkedPoints.js';

type Measure = PlanData['summary']['measures'][number];

export function MeasureListPage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('measures.heading')}</h1>
      <WithPlanSummary query={query}>
        {(data) => <MeasureList data={data} query={query} />}
      </WithPlanSummary>
    </>
  );
}

function MeasureList({ data, query }: { data: PlanData; query: URLSearchParams }) {
  const { t, locale } = useI18n();
  const { summary, plan } = data;
  const agencyName = new Map(plan.agencies.map((a) => [a.code, localName(a, locale)]));
  const filters = filtersFrom(query);
  const shown = filterMeasures(summary.measures, filters);
  // One sector's measures: the committee's points on that sector as a whole go with them.
  const sector = sectorCodes.find((code) => code === filters.sector);
  const carried = selectionQuery(planOf(query), query);
  const change = (key: keyof MeasureFilters, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    replaceQuery(next);
  };
  const labelled = (key: MessageKey) => ({ heading: t(key), label: t(key) });
  const columns: Column<Measure>[] = [
    { ...labelled('table.no'), cell: (measure) => measure.no },
    {
      heading: t('table.name'),
      cell: (measure) => (
        <a href={hrefFor({ page: 'measure', sector: measure.sector, no: measure.no }, carried)}>
          {measure.name}
        </a>
      ),
    },
    { ...labelled('table.sector'), cell: (measure) => t(`sector.${measure.sector}`) },
    {
      ...labelled('table.agency'),
      cell: (measure) =>
        (measure.agencyCode && agencyName.get(measure.agencyCode)) ??
        measure.agency ??
        t('common.none'),
    },
    { ...labelled('table.status'), cell: (measure) => <StatusBadge status={measure.status} /> },
    {
      ...labelled('table.reduction'),
      numeric: true,
      cell: (measure) =>
        measure.reductionT ? formatWanTonnes(measure.reductionT) : t('common.none'),
    },
  ];
  return (
    <>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('measures.filters')}</legend>
          <label>
            {t('measures.search')}
            <input
              type="search"
              value={filters.q}
              onChange={(event) => change('q', event.target.value)}
            />
          </label>
          <FilterSelect
            label={t('measures.sector')}
            value={filters.sector}
            choices={summary.sectors.map(({ code }) => ({
              value: code,
              label: t(`sector.${code}`),
            }))}
            onChange={(value) => change('sector', value)}
          />
          <FilterSelect
            label={t('measures.agency')}
            value={filters.agency}
            choices={plan.agencies.map((agency) => ({
              value: agency.code,
              label: localName(agency, locale),
            }))}
            onChange={(value) => change('agency', value)}
          />
          <FilterSelect
            label={t('measures.status')}
            value={filters.status}
            choices={progressStatuses.map((status) => ({
              value: status,
              label: t(`status.${status}`),
            }))}
            onChange={(value) => change('status', value)}
          />
        </fieldset>
      </form>
      <p role="status" data-testid="measure-count">
        {t('measures.count', { count: shown.length })}
      </p>
      <DataTable
        name={{ label: t('measures.heading') }}
        className="measures"
        columns={columns}
        rows={shown}
        rowKey={(measure) => `${measure.sector}-${measure.no}`}
        rowHeader={1}
        empty={<p>{t('measures.empty')}</p>}
      />
      {sector && <CommitteePoints city={planOf(query).city} to={{ sector }} />}
    </>
  );
}
