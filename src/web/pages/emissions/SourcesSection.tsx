import { formatRocPublicationDate } from '../../../core/publication-date.js';
import type { CitedSource, EmissionsPageData } from '../../api/emissions-page.js';
import { useI18n, type Locale } from '../../i18n/i18n.js';
import { Section } from '../../components/Section.js';

/**
 * Every source the page cites, as a publication: publisher — title — date — web address (or
 * document number). Where the city says the date or the address is not known, the page says so.
 */
export function SourcesSection({ data }: { data: EmissionsPageData }) {
  const { t } = useI18n();
  const sources = [...data.sources.values()];
  return (
    <Section id="sources" heading={t('emissionsPage.sources')}>
      <ol className="sources" data-testid="sources">
        {sources.map((source) => (
          <li key={source.code} data-code={source.code}>
            <Citation source={source} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

function Citation({ source }: { source: CitedSource }) {
  const { t, locale } = useI18n();
  const date = publicationDate(source, locale, t('emissionsPage.sourceDateUnknown'));
  return (
    <>
      {source.publisher !== null && <>{source.publisher} — </>}
      <cite>{source.title}</cite>
      {date !== null && <> — {date}</>}
      {source.locator && <small> ({source.locator})</small>}
      {source.url !== null && (
        <>
          {' — '}
          <a href={source.url} rel="noreferrer">
            {source.url}
          </a>
        </>
      )}
      {source.documentNumber !== null && (
        <> — {t('emissionsPage.sourceDocumentNumber', { number: source.documentNumber })}</>
      )}
      {source.urlUnknown && <> — {t('emissionsPage.sourceUrlUnknown')}</>}
    </>
  );
}

function publicationDate(source: CitedSource, locale: Locale, unknown: string): string | null {
  if (source.publishedOn !== null)
    return locale === 'zh-TW' ? formatRocPublicationDate(source.publishedOn) : source.publishedOn;
  return source.dateUnknown ? unknown : null;
}
