import { useEmissionsPage, type EmissionsPageData } from '../../api/emissions-page.js';
import { planOf } from '../../app/plan-context.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { useI18n } from '../../i18n/i18n.js';
import { BudgetSection } from './BudgetSection.js';
import { DownloadsSection } from './DownloadsSection.js';
import { GapSection } from './GapSection.js';
import { MoneySection } from './MoneySection.js';
import { SharesSection } from './SharesSection.js';
import { SourcesSection } from './SourcesSection.js';
import { TrendSection } from './TrendSection.js';

/**
 * 排放與碳預算 (issue #5): the city's emissions against its targets and pathway, the gap, the
 * carbon budgets and the money budget, for a citizen and a committee member. Every figure comes
 * from the API as an exact string with its source; the page computes nothing that matters.
 */
export function EmissionsPage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const { city } = planOf(query);
  const [page, retry] = useEmissionsPage(city);
  return (
    <>
      <h1>{t('emissionsPage.heading')}</h1>
      {page.state === 'loading' && <Loading />}
      {page.state === 'error' && <ErrorMessage error={page.error} onRetry={retry} />}
      {page.state === 'ready' && <EmissionsBody data={page.data} />}
    </>
  );
}

function EmissionsBody({ data }: { data: EmissionsPageData }) {
  const { t } = useI18n();
  const reduction = data.pathway.targets.find((target) => target.kind === 'reduction');
  const netZero = data.pathway.targets.find((target) => target.kind === 'net_zero');
  return (
    <>
      <p className="lead">
        {t('emissionsPage.lead', { target: reduction?.year ?? '—', netZero: netZero?.year ?? '—' })}
      </p>
      <TrendSection data={data} />
      <GapSection data={data} />
      <SharesSection data={data} />
      <BudgetSection data={data} />
      <MoneySection data={data} />
      <DownloadsSection data={data} />
      <SourcesSection data={data} />
    </>
  );
}
