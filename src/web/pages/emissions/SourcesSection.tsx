import type { EmissionsPageData } from '../../api/emissions-page.js';
import { formatDate } from '../../format/dates.js';
import { useI18n } from '../../i18n/i18n.js';

/** Every source the page cites, with publisher, date and where to find it. */
export function SourcesSection({ data }: { data: EmissionsPageData }) {
  const { t, locale } = useI18n();
  const sources = [...data.sources.values()];
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('emissionsPage.sources')}</h2>
      <ol className="sources" data-testid="sources">
        {sources.map((source) => (
          <li key={source.code}>
            <cite>{source.title}</cite>
            {(source.publisher ?? source.publishedOn) && (
              <>
                {' — '}
                {[
                  source.publisher,
                  source.publishedOn === null ? null : formatDate(source.publishedOn, locale),
                ]
                  .filter((part) => part !== null)
                  .join(locale === 'en' ? ', ' : '，')}
              </>
            )}
            {source.locator &&
              (/^https?:\/\//.test(source.locator) ? (
                <>
                  {' '}
                  <a href={source.locator} rel="noreferrer">
                    {source.locator}
                  </a>
                </>
              ) : (
                <small> ({source.locator})</small>
              ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
