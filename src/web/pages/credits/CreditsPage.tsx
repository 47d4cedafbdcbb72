import type { ProjectSummary } from '../../../contracts/api/credits.js';
import { formatNumber } from '../../../core/format/numbers.js';
import { creditsApi } from '../../api/credits.js';
import { useApi } from '../../api/use-api.js';
import { planOf } from '../../app/plan-context.js';
import { hrefFor } from '../../app/routes.js';
import { CardTable } from '../../components/CardTable.js';
import { Loaded } from '../../components/Feedback.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';
import { cityQuery } from '../committee/CommitteePage.js';

/** 減量額度登錄簿: the offset projects the reader may see, with what each has issued and retired. */
export function CreditsPage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const { city } = planOf(query);
  const [projects, retry] = useApi(`credits/${city}/projects`, (signal) =>
    creditsApi.projects(city, signal),
  );
  return (
    <>
      <h1>{t('credits.heading')}</h1>
      <p>{t('credits.intro')}</p>
      <Section id="credit-projects" heading={t('credits.projects')}>
        <Loaded value={projects} retry={retry}>
          {(list) => (
            <CardTable
              labelledBy="credit-projects-heading"
              rows={list}
              rowKey={(p) => p.code}
              empty={<p>{t('credits.noProjects')}</p>}
              columns={[
                {
                  heading: t('credits.project'),
                  cell: (p) => (
                    <a
                      href={hrefFor(
                        { page: 'creditProject', project: p.code },
                        { city: cityQuery(city) },
                      )}
                    >
                      {p.name}
                    </a>
                  ),
                },
                { heading: t('credits.proponent'), cell: (p) => p.proponent },
                {
                  heading: t('credits.registration'),
                  cell: (p) => t(`projectRegistration.${p.registration.status}`),
                },
                ...totalColumns(t),
              ]}
            />
          )}
        </Loaded>
      </Section>
    </>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];

/** A project's totals as table columns: issued, retired, used, outstanding. */
function totalColumns(t: Translate) {
  return (['issued', 'retired', 'used', 'outstanding'] as const).map((key) => ({
    heading: t(`credits.${key}`),
    cell: (p: ProjectSummary) => formatNumber(String(p.totals[key])),
    numeric: true,
  }));
}
