import type { CitedSource } from '../../api/emissions-page.js';
import { useI18n } from '../../i18n/i18n.js';
import { sourceTitle } from './format.js';

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
