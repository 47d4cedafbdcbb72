import { formatRocPeriod } from '../../core/roc-date.js';
import type { Locale } from '../i18n/i18n.js';

/** A period as readers of the locale write it: 112年1–9月, or 2023-01-01 – 2023-09-30. */
export function formatPeriod(start: string, end: string, locale: Locale): string {
  return locale === 'zh-TW' ? formatRocPeriod({ start, end }) : `${start} – ${end}`;
}
