import { formatRocDate } from '../../core/roc-date.js';
import type { Locale } from '../i18n/i18n.js';

/** ROC dates for Chinese readers, ISO dates for English ones (the stored form). */
export function formatDate(date: string, locale: Locale): string {
  return locale === 'zh-TW' ? formatRocDate(date) : date;
}

/** A year as readers of the locale count it: 112年 or 2023. */
export function formatYear(year: number, locale: Locale): string {
  return locale === 'zh-TW' ? `${year - 1911}年` : String(year);
}

/** Today in Taiwan (UTC+8, no daylight saving), as the default cut-off date. */
export function todayInTaiwan(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
