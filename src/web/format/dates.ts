import { formatRocDate, formatRocYear } from '../../core/roc-date.js';
import type { Locale } from '../i18n/i18n.js';

/** ROC dates for Chinese readers, ISO dates for English ones (the stored form). */
export function formatDate(date: string, locale: Locale): string {
  return locale === 'zh-TW' ? formatRocDate(date) : date;
}

/** A year as readers of the locale count it: 112年 or 2023. */
export function formatYear(year: number, locale: Locale): string {
  return locale === 'zh-TW' ? formatRocYear(year) : String(year);
}
