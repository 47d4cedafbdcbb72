import { minutesFormats } from '../../../contracts/api/committee.js';
import { committeeApi, minutesHref } from '../../api/committee.js';
import { useApi } from '../../api/use-api.js';
import { planOf } from '../../app/plan-context.js';
import { hrefFor } from '../../app/routes.js';
import { Loaded } from '../../components/Feedback.js';
import { formatDate } from '../../format/dates.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';
import { cityQuery } from './CommitteePage.js';
import { Minutes } from './Minutes.js';

/** One meeting's minutes (會議紀錄) as published, with the generated files to download. */
export function MinutesPage({ meeting, query }: { meeting: string; query: URLSearchParams }) {
  const { t, locale } = useI18n();
  const { city } = planOf(query);
  const [record, retry] = useApi(`committee/${city}/meeting/${meeting}`, (signal) =>
    committeeApi.meeting(city, meeting, signal),
  );
  return (
    <>
      <p>
        <a href={hrefFor({ page: 'committee' }, { city: cityQuery(city) })}>
          ← {t('committee.back')}
        </a>
      </p>
      <Loaded value={record} retry={retry}>
        {({ meeting: m, minutesPublishedOn, printedNames }) => (
          <>
            <h1>{t('committee.minutesOf', { title: m.title })}</h1>
            <p className="figure-note">
              {minutesPublishedOn
                ? t('committee.publishedOn', { date: formatDate(minutesPublishedOn, locale) })
                : t('committee.notPublished')}
            </p>
            <Section id="minutes-downloads" heading={t('committee.download')}>
              <ul className="download-links">
                {minutesFormats.map((format) => (
                  <li key={format}>
                    <a className="button-link" href={minutesHref(city, m.code, format)} download>
                      {t('committee.downloadFormat', { format: format.toUpperCase() })}
                    </a>
                  </li>
                ))}
              </ul>
            </Section>
            <Minutes meeting={m} printedNames={printedNames} />
          </>
        )}
      </Loaded>
    </>
  );
}
