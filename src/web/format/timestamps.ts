import { taiwanClockOf } from '../../core/dates.js';
import type { Locale } from '../i18n/i18n.js';
import { formatDate } from './dates.js';

/** A moment in Taiwan time (UTC+8): 112年11月23日 15:04 for Chinese readers, 2023-11-23 15:04 UTC+8 in English. */
export function formatTimestamp(iso: string, locale: Locale): string {
  const { date, time } = taiwanClockOf(new Date(iso));
  return `${formatDate(date, locale)} ${time}${locale === 'en' ? ' (UTC+8)' : ''}`;
}
