import { useMeasureDetail, type MeasureDetail } from '../api/measure-detail.js';
import type { ResolvedSelection } from '../api/use-plan-selection.js';
import { planOf, selectionQuery } from '../app/plan-context.js';
import { hrefFor } from '../app/routes.js';
import { AsOfForm } from '../components/AsOfForm.js';
import { ErrorMessage, Loading } from '../components/Feedback.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { WithSelection } from '../components/WithSelection.js';
import { formatDate } from '../format/dates.js';
import { formatWanTonnes } from '../../core/format/tonnes.js';
import { formatPeriod } from '../format/periods.js';
import { MeasureHeading } from '../components/MeasureHeading.js';
import { useI18n } from '../i18n/i18n.js';
import { localName } from '../i18n/names.js';
import { IndicatorSection } from './IndicatorSection.js';
import { CommitteePoints } from './committee/LinkedPoints.js';
import { Section } from '../components/Section.js';
import { BackLink } from '../components/BackLink.js';

interface Props {
  sector: string;
  no: number;
  query: URLSearchParams;
}

export function MeasureDetailPage(props: Props) {
  const { t } = useI18n();
  const back = hrefFor({ page: 'measures' }, selectionQuery(planOf(props.query), props.query));
  return (
    <>
      <BackLink href={back}>{t('common.back')}</BackLink>
      <WithSelection query={props.query}>
        {(resolved) => <Measure resolved={resolved} {...props} />}
      </WithSelection>
    </>
  );
}

function Measure({ sector, no, query, resolved }: Props & { resolved: ResolvedSelection }) {
  const { t } = useI18n();
  const [detail, retry] = useMeasureDetail(resolved.selection, sector, no);
  return (
    <>
      {detail.state === 'loading' && <Loading />}
      {detail.state === 'error' &&
        (detail.error.code === 'NOT_FOUND' ? (
          <h1>{t('measure.notFound')}</h1>
        ) : (
          <ErrorMessage error={detail.error} onRetry={retry} />
        ))}
      {detail.state === 'ready' && (
        <>
          <MeasureBody measure={detail.data} query={query} dataThrough={resolved.dataThrough} />
          <CommitteePoints
            city={resolved.selection.city}
            to={{ measure: { plan: resolved.selection.plan, sector, no } }}
          />
        </>
      )}
    </>
  );
}

function MeasureBody({
  measure,
  query,
  dataThrough,
}: {
  measure: MeasureDetail;
  query: URLSearchParams;
  dataThrough: string | null;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <MeasureHeading measure={measure} />
      <AsOfForm key={measure.asOf} asOf={measure.asOf} query={query} dataThrough={dataThrough} />
      <dl className="pairs">
        <dt>{t('table.agency')}</dt>
        <dd>{measure.agency ? localName(measure.agency, locale) : t('common.none')}</dd>
        <dt>{t('table.status')}</dt>
        <dd>
          <StatusBadge status={measure.status} />
        </dd>
        <dt>{t('measure.reduction')}</dt>
        <dd>
          {measure.reductionT
            ? `${formatWanTonnes(measure.reductionT)} ${t('common.tenThousandTonnes')}`
            : t('common.none')}
        </dd>
      </dl>

      <h2>{t('measure.indicators')}</h2>
      {measure.indicators.map((indicator) => (
        <IndicatorSection key={indicator.key} indicator={indicator} />
      ))}

      <Section id="qualitative" heading={t('measure.qualitative')}>
        {measure.qualitativeResults.length === 0 ? (
          <p>{t('measure.noQualitative')}</p>
        ) : (
          measure.qualitativeResults.map((result, index) => (
            <article key={index} className="note">
              <h3>{formatPeriod(result.periodStart, result.periodEnd, locale)}</h3>
              <p className="prose">{result.text}</p>
            </article>
          ))
        )}
      </Section>

      <Section id="explanation" heading={t('measure.explanation')}>
        {measure.laggingExplanations.length === 0 ? (
          <p>{t('measure.noExplanation')}</p>
        ) : (
          measure.laggingExplanations.map((explanation, index) => (
            <article key={index} className="note">
              <h3>
                {t('measure.explanationAsOf', { date: formatDate(explanation.asOf, locale) })}
              </h3>
              {explanation.progressText && <p className="prose">{explanation.progressText}</p>}
              <p className="prose">{explanation.text}</p>
            </article>
          ))
        )}
      </Section>
    </>
  );
}
