import { registriesApi } from '../../api/registries.js';
import { useAgencyName } from '../../api/agencies.js';
import { useApi } from '../../api/use-api.js';
import { planOf } from '../../app/plan-context.js';
import { hrefFor } from '../../app/routes.js';
import { DataTable } from '../../components/DataTable.js';
import { Loaded } from '../../components/Feedback.js';
import { useI18n } from '../../i18n/i18n.js';
import { words } from './words.js';

/** 登錄清冊 for everyone: each registry, who keeps it, how many cases, what it feeds. */
export function RegistriesPage({ query }: { query: URLSearchParams }) {
  const { t, locale } = useI18n();
  const { city } = planOf(query);
  const agencyName = useAgencyName(city);
  const [list, retry] = useApi(`registries/${city}`, (signal) => registriesApi.list(city, signal));
  return (
    <>
      <h1>{t('registries.heading')}</h1>
      <p>{t('registries.intro')}</p>
      <Loaded value={list} retry={retry}>
        {(kinds) => (
          <DataTable
            name={{ label: t('registries.heading') }}
            rows={kinds}
            rowKey={(k) => k.definition.code}
            empty={<p>{t('registries.none')}</p>}
            columns={[
              {
                heading: t('registries.name'),
                cell: (k) => (
                  <a
                    href={hrefFor(
                      { page: 'registry', kind: k.definition.code },
                      { city: query.get('city') ?? undefined },
                    )}
                  >
                    {words(k.definition.name, locale)}
                  </a>
                ),
              },
              {
                heading: t('registries.agency'),
                cell: (k) => agencyName(k.definition.agency, k.definition.agency),
              },
              {
                heading: t('registries.cases'),
                cell: (k) => k.cases.toLocaleString(),
                numeric: true,
              },
              {
                heading: t('registries.feeds'),
                cell: (k) =>
                  k.definition.feeds
                    ? `${t(`sector.${k.definition.feeds.sector}`)} ${String(k.definition.feeds.measure)}`
                    : '',
              },
            ]}
          />
        )}
      </Loaded>
    </>
  );
}
