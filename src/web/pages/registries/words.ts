import type { Locale } from '../../i18n/i18n.js';

/** A definition's words in the reader's language. */
export const words = (w: { zh: string; en: string }, locale: Locale) =>
  locale === 'zh-TW' ? w.zh : w.en;
