import { indicatorsApi } from '../../api/indicators.js';
import { useApi } from '../../api/use-api.js';
import { planOf } from '../../app/plan-context.js';
import { hrefFor } from '../../app/routes.js';
import { CardTable } from '../../components/CardTable.js';
import { Loaded } from '../../components/Feedback.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';
import { cityQuery, YearStatus } from './status-words.js';

/**
 * 永續發展指標 for everyone: the indicators under each SDG they serve, each with its status in
 * the last whole year, judged against the version in force that year.
 */
export function IndicatorListPage({ query }: { query: URLSearchParams }) {
  const { t, locale } = useI18n();
  const { city } = planOf(query);
  const [list, retry] = useApi(`indicators/${city}`, (signal) => indicatorsApi.list(city, signal));
  const en = locale === 'en';
  return (
    <>
      <h1>{t('indicators.heading')}</h1>
      <Loaded value={list} retry={retry}>
        {(data) => {
          const byCode = new Map(data.indicators.map((i) => [i.code, i]));
          const table = (id: string, codes: readonly string[]) => (
            <CardTable
              labelledBy={`${id}-heading`}
              rows={codes.flatMap((c) => byCode.get(c) ?? [])}
              rowKey={(i) => i.code}
              columns={[
                {
                  heading: t('indicators.indicator'),
                  cell: (i) => (
                    <a
                      href={hrefFor({ page: 'indicator', code: i.code }, { city: cityQuery(city) })}
                    >
                      {en ? (i.nameEn ?? i.name) : i.name}
                    </a>
                  ),
                },
                {
                  heading: t('indicators.agency'),
                  cell: (i) => (en ? (i.agency.nameEn ?? i.agency.name) : i.agency.name),
                },
                { heading: t('indicators.kind'), cell: (i) => t(`indicatorKind.${i.kind}`) },
                {
                  heading: t('indicators.status', { year: data.year }),
                  cell: (i) => <YearStatus year={i.status} />,
                },
              ]}
            />
          );
          const linked = data.goals.filter((g) => g.indicators.length > 0);
          const without = data.goals.filter((g) => g.indicators.length === 0);
          return (
            <>
              <p>{t('indicators.intro', { year: data.year })}</p>
              <p>{t('indicators.recorded', { count: data.indicators.length })}</p>
              {data.indicators.length === 0 && <p>{t('indicators.none')}</p>}
              {linked.map((goal) => (
                <Section
                  key={goal.number}
                  id={`sdg-${String(goal.number)}`}
                  heading={t('indicators.goal', {
                    number: goal.number,
                    title: en ? goal.title.en : goal.title.zh,
                  })}
                >
                  {table(`sdg-${String(goal.number)}`, goal.indicators)}
                </Section>
              ))}
              {data.unlinked.length > 0 && (
                <Section id="unlinked" heading={t('indicators.unlinked')}>
                  {table('unlinked', data.unlinked)}
                </Section>
              )}
              <p>
                {t('indicators.goalsWithout', {
                  numbers: without.map((g) => `SDG ${String(g.number)}`).join(', '),
                })}
              </p>
              <p className="figure-note">{t('indicators.sdgSource', { source: data.sdgSource })}</p>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
