import { Decimal } from '../../core/decimal.js';
import type { CityEmissions } from '../api/emissions.js';
import type { Loadable } from '../api/use-api.js';
import { hrefFor } from '../app/routes.js';
import { DataTable } from '../components/DataTable.js';
import { Loaded } from '../components/Feedback.js';
import { formatWanTonnes } from '../../core/format/tonnes.js';
import { useI18n, type Translate } from '../i18n/i18n.js';
import { Section } from '../components/Section.js';

/**
 * The city's net emissions next to the plan (issue #3): base year, latest year, the change
 * between them and the targets, then the yearly figures. Tonnes stay decimal strings until
 * they are printed in 萬公噸, as the city's reports print them. The page asks for the figures
 * (useCityEmissions), so it can ask for them beside its own.
 */
export function EmissionsSection({
  emissions,
  retry,
}: {
  emissions: Loadable<CityEmissions>;
  retry: () => void;
}) {
  const { t } = useI18n();
  return (
    <Section id="emissions" heading={t('emissions.heading')} testId="emissions">
      <Loaded value={emissions} retry={retry}>
        {(data) => <EmissionsBody data={data} t={t} />}
      </Loaded>
    </Section>
  );
}

/** The change from `from` to `to` in percent, one decimal, computed on decimals. */
function changePercent(from: string, to: string): string {
  const base = new Decimal(from);
  return base.isZero() ? '0' : new Decimal(to).minus(base).dividedBy(base).times(100).toFixed(1);
}

function sourceLine(t: Translate, source: string | null | undefined): string {
  return source ? t('emissions.source', { source }) : t('emissions.noSource');
}

/** Sources by title: the series lists the sources its figures cite (the code if it did not). */
function titleOf(series: CityEmissions['series'], code: string | null | undefined) {
  if (code === null || code === undefined) return code;
  return series.sources.find((s) => s.code === code)?.title ?? code;
}

function EmissionsBody({ data, t }: { data: CityEmissions; t: Translate }) {
  const { series, pathway } = data;
  const baseYear = pathway.baseYear;
  const base = series.actuals.find((a) => a.year === baseYear);
  const latest = series.actuals.at(-1);
  if (!base || !latest) return <p>{t('emissions.noData')}</p>;
  /** The printed figure behind a year's net value, for its source (inventories carry their own). */
  const figureOf = (year: number) =>
    series.figures.find((f) => f.year === year && f.basis === 'net');
  const sourceOf = (year: number) => titleOf(series, figureOf(year)?.source);
  const reduction = pathway.targets.find((target) => target.kind === 'reduction');
  const reductionPath = reduction && pathway.years.find((y) => y.year === reduction.year);
  const netZero = pathway.targets.find((target) => target.kind === 'net_zero');
  const unit = t('emissions.unit');
  return (
    <>
      <div className="figures">
        <div className="figure">
          <p className="figure-label">{t('emissions.baseYear', { year: base.year })}</p>
          <p className="figure-value" data-testid="emissions-base">
            {formatWanTonnes(base.netT)} <small>{unit}</small>
          </p>
          <p className="figure-note">{sourceLine(t, sourceOf(base.year))}</p>
        </div>
        <div className="figure">
          <p className="figure-label">{t('emissions.latest', { year: latest.year })}</p>
          <p className="figure-value" data-testid="emissions-latest">
            {formatWanTonnes(latest.netT)} <small>{unit}</small>
          </p>
          <p className="figure-note" data-testid="emissions-change">
            {t('emissions.change', {
              year: base.year,
              change: changePercent(base.netT, latest.netT),
            })}
          </p>
          <p className="figure-note">
            {latest.origin === 'inventory'
              ? t('emissions.source', { source: t('emissionOrigin.inventory') })
              : sourceLine(t, sourceOf(latest.year))}
          </p>
        </div>
        {reduction?.reductionPercent && reduction.baseYear !== null && (
          <div className="figure">
            <p className="figure-label">
              {t('emissions.target2030', {
                year: reduction.year,
                base: reduction.baseYear,
                percent: reduction.reductionPercent,
              })}
            </p>
            {reductionPath && (
              <p className="figure-value" data-testid="emissions-target">
                {formatWanTonnes(reductionPath.pathwayT)} <small>{unit}</small>
              </p>
            )}
          </div>
        )}
        {netZero && (
          <div className="figure">
            <p className="figure-label">{t('emissions.netZero', { year: netZero.year })}</p>
            <p className="figure-value">
              {t('emissions.netZeroValue')} <small>{unit}</small>
            </p>
          </div>
        )}
      </div>
      <DataTable
        caption={t('emissions.tableCaption')}
        captionId="emissions-caption"
        testId="emissions-table"
        columns={[
          { heading: t('emissions.year'), cell: (actual) => actual.year },
          {
            heading: t('emissions.net'),
            numeric: true,
            cell: (actual) => formatWanTonnes(actual.netT),
          },
          {
            heading: t('emissions.origin'),
            cell: (actual) =>
              actual.origin === 'inventory'
                ? t('emissionOrigin.inventory')
                : `${t('emissionOrigin.figure')} (${sourceOf(actual.year) ?? '—'})`,
          },
        ]}
        rows={series.actuals}
        rowKey={(actual) => actual.year}
      />
      <p>
        <a href={hrefFor({ page: 'emissions' })} data-testid="emissions-more">
          {t('emissionsPage.more')}
        </a>
      </p>
    </>
  );
}
