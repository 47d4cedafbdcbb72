import { usePlanSummary, type PlanData } from '../api/use-plan-summary.js';
import type { ResolvedSelection } from '../api/use-plan-selection.js';
import { planOf, selectionQuery } from '../app/plan-context.js';
import { hrefFor } from '../app/routes.js';
import { replaceQuery } from '../app/use-location.js';
import { AsOfForm } from '../components/AsOfForm.js';
import { ErrorMessage, Loading } from '../components/Feedback.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { WithSelection } from '../components/WithSelection.js';
import { formatWanTonnes } from '../../core/format/tonnes.js';
import { useI18n } from '../i18n/i18n.js';
import { localName } from '../i18n/names.js';
import { filterMeasures, filtersFrom, type MeasureFilters } from './measure-filters.js';
import { progressStatuses } from '../../core/progress/status.js';

export function MeasureListPage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('measures.heading')}</h1>
      <WithSelection query={query}>
        {(resolved) => <Measures resolved={resolved} query={query} />}
      </WithSelection>
    </>
  );
}

function Measures({ resolved, query }: { resolved: ResolvedSelection; query: URLSearchParams }) {
  const { selection, dataThrough } = resolved;
  const [summary, retry] = usePlanSummary(selection);
  return (
    <>
      <AsOfForm
        key={selection.asOf}
        asOf={selection.asOf}
        query={query}
        dataThrough={dataThrough}
      />
      {summary.state === 'loading' && <Loading />}
      {summary.state === 'error' && <ErrorMessage error={summary.error} onRetry={retry} />}
      {summary.state === 'ready' && <MeasureList data={summary.data} query={query} />}
    </>
  );
}

function MeasureList({ data, query }: { data: PlanData; query: URLSearchParams }) {
  const { t, locale } = useI18n();
  const { summary, plan } = data;
  const agencyName = new Map(plan.agencies.map((a) => [a.code, localName(a, locale)]));
  const filters = filtersFrom(query);
  const shown = filterMeasures(summary.measures, filters);
  const carried = selectionQuery(planOf(query), query);
  const change = (key: keyof MeasureFilters, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    replaceQuery(next);
  };
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
          <label>
            {t('measures.sector')}
            <select
              value={filters.sector}
              onChange={(event) => change('sector', event.target.value)}
            >
              <option value="">{t('measures.all')}</option>
              {summary.sectors.map((sector) => (
                <option key={sector.code} value={sector.code}>
                  {t(`sector.${sector.code}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('measures.agency')}
            <select
              value={filters.agency}
              onChange={(event) => change('agency', event.target.value)}
            >
              <option value="">{t('measures.all')}</option>
              {plan.agencies.map((agency) => (
                <option key={agency.code} value={agency.code}>
                  {localName(agency, locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('measures.status')}
            <select
              value={filters.status}
              onChange={(event) => change('status', event.target.value)}
            >
              <option value="">{t('measures.all')}</option>
              {progressStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </form>
      <p role="status" data-testid="measure-count">
        {t('measures.count', { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p>{t('measures.empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('measures.heading')}>
          <table className="measures">
            <thead>
              <tr>
                <th scope="col">{t('table.no')}</th>
                <th scope="col">{t('table.name')}</th>
                <th scope="col">{t('table.sector')}</th>
                <th scope="col">{t('table.agency')}</th>
                <th scope="col">{t('table.status')}</th>
                <th scope="col" className="num">
                  {t('table.reduction')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((measure) => (
                <tr key={`${measure.sector}-${measure.no}`}>
                  <td data-label={t('table.no')}>{measure.no}</td>
                  <th scope="row">
                    <a
                      href={hrefFor(
                        { page: 'measure', sector: measure.sector, no: measure.no },
                        carried,
                      )}
                    >
                      {measure.name}
                    </a>
                  </th>
                  <td data-label={t('table.sector')}>{t(`sector.${measure.sector}`)}</td>
                  <td data-label={t('table.agency')}>
                    {(measure.agencyCode && agencyName.get(measure.agencyCode)) ??
                      measure.agency ??
                      t('common.none')}
                  </td>
                  <td data-label={t('table.status')}>
                    <StatusBadge status={measure.status} />
                  </td>
                  <td className="num" data-label={t('table.reduction')}>
                    {measure.reductionT ? formatWanTonnes(measure.reductionT) : t('common.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
