import { indicatorsApi } from '../../api/indicators.js';
import { useApi } from '../../api/use-api.js';
import { planOf } from '../../app/plan-context.js';
import { hrefFor } from '../../app/routes.js';
import { CardTable } from '../../components/CardTable.js';
import { Loaded } from '../../components/Feedback.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';
import { CommitteePoints } from '../committee/LinkedPoints.js';
import { cityQuery, YearStatus } from './status-words.js';
import { BackLink } from '../../components/BackLink.js';

/** One indicator: every version with the years it was in force, and every year judged. */
export function IndicatorPage({ code, query }: { code: string; query: URLSearchParams }) {
  const { t, locale } = useI18n();
  const { city } = planOf(query);
  const [shown, retry] = useApi(`indicators/${city}/${code}`, (signal) =>
    indicatorsApi.get(city, code, signal),
  );
  const en = locale === 'en';
  const dash = '—';
  return (
    <>
      <BackLink href={hrefFor({ page: 'indicators' }, { city: cityQuery(city) })}>
        {t('indicators.back')}
      </BackLink>
      <Loaded value={shown} retry={retry}>
        {({ summary, versions, years, sdgSource }) => (
          <>
            <h1>{en ? (summary.nameEn ?? summary.name) : summary.name}</h1>
            <p>
              {en ? (summary.agency.nameEn ?? summary.agency.name) : summary.agency.name} ·{' '}
              {t(`indicatorKind.${summary.kind}`)}
              {summary.retiredAfter !== null &&
                ` · ${t('indicators.retiredAfter', { year: summary.retiredAfter })}`}
            </p>
            <Section id="versions" heading={t('indicators.versions')}>
              <CardTable
                labelledBy="versions-heading"
                rows={versions}
                rowKey={(v) => v.validFrom}
                columns={[
                  {
                    heading: t('indicators.validYears'),
                    cell: (v) =>
                      `${String(v.validFrom)}–${v.validTo === null ? '' : String(v.validTo)}`,
                    className: 'nowrap',
                  },
                  {
                    heading: t('indicators.name'),
                    cell: (v) => (en ? (v.nameEn ?? v.name) : v.name),
                  },
                  { heading: t('indicators.definition'), cell: (v) => v.definition ?? dash },
                  { heading: t('indicators.kind'), cell: (v) => t(`indicatorKind.${v.kind}`) },
                  {
                    heading: t('indicators.direction'),
                    cell: (v) => (v.direction ? t(`indicatorDirection.${v.direction}`) : dash),
                  },
                  { heading: t('indicators.unit'), cell: (v) => v.unit },
                  {
                    heading: t('indicators.sdgs'),
                    cell: (v) =>
                      v.sdgGoalTitles.length + v.sdgTargetTitles.length === 0 ? (
                        dash
                      ) : (
                        <ul>
                          {v.sdgGoalTitles.map((g) => (
                            <li key={g.number}>
                              SDG {g.number} {en ? g.title.en : g.title.zh}
                            </li>
                          ))}
                          {v.sdgTargetTitles.map((target) => (
                            <li key={target.code}>
                              {target.code} {en ? target.title.en : target.title.zh}
                            </li>
                          ))}
                        </ul>
                      ),
                  },
                  {
                    heading: t('indicators.targets'),
                    cell: (v) =>
                      v.targetsUnknown
                        ? t('indicators.targetsUnknown')
                        : v.targets.map((x) => `${String(x.year)}: ${x.value}`).join('; ') || dash,
                  },
                  {
                    heading: t('indicators.notes'),
                    cell: (v) =>
                      v.notes?.length ? (
                        <ul>
                          {v.notes.map((note) => (
                            <li key={note}>{note}</li>
                          ))}
                        </ul>
                      ) : (
                        dash
                      ),
                  },
                ]}
              />
            </Section>
            <Section id="years" heading={t('indicators.years')}>
              <CardTable
                labelledBy="years-heading"
                rows={years}
                rowKey={(y) => y.year}
                columns={[
                  {
                    heading: t('indicators.year'),
                    cell: (y) => String(y.year),
                    className: 'nowrap',
                  },
                  {
                    heading: t('indicators.value'),
                    cell: (y) => (y.value === null ? dash : `${y.value} ${y.unit}`),
                  },
                  {
                    heading: t('indicators.target'),
                    cell: (y) => (y.target === null ? dash : `${y.target} ${y.unit}`),
                  },
                  {
                    heading: t('indicators.statusHeading'),
                    cell: (y) => <YearStatus year={y} />,
                  },
                  { heading: t('indicators.highlight'), cell: (y) => y.highlight ?? dash },
                  { heading: t('indicators.explanation'), cell: (y) => y.explanation ?? dash },
                ]}
              />
            </Section>
            <p className="figure-note">{t('indicators.sdgSource', { source: sdgSource })}</p>
            <CommitteePoints city={city} to={{ indicator: summary.code }} />
          </>
        )}
      </Loaded>
    </>
  );
}
