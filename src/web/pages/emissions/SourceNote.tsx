import type { CitedSource } from '../../api/emissions-page.js';
import { useI18n } from '../../i18n/i18n.js';
import { sourceNumber, sourceTitle } from './format.js';

/** "來源：<title>" under a table or figure; several codes give several titles, each once. */
export function SourceNote({
  sources,
  codes,
}: {
  sources: Map<string, CitedSource>;
  codes: readonly (string | null)[];
}) {
  const { t, locale } = useI18n();
  const titles = [...new Set(codes.map((code) => sourceTitle(sources, code)))].filter(
    (title): title is string => title !== null,
  );
  const text =
    titles.length === 0
      ? t('emissionsPage.sourceNotStated')
      : titles.join(locale === 'en' ? '; ' : '；');
  return (
    <p className="figure-note source-note">{t('emissionsPage.sourceLine', { titles: text })}</p>
  );
}

/**
 * A short reference in a table row, "[1]", to the numbered list of sources at the end of the
 * page; screen readers hear the title instead of the number.
 */
export function SourceRef({ sources, code }: { sources: Map<string, CitedSource>; code: string }) {
  const number = sourceNumber(sources, code);
  const title = sourceTitle(sources, code) ?? code;
  return (
    <span className="source-ref">
      <span aria-hidden="true">[{number ?? code}]</span>
      <span className="visually-hidden">{title}</span>
    </span>
  );
}
