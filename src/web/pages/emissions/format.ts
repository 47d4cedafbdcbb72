import type { CitedSource } from '../../api/emissions-page.js';
import { formatDecimal } from '../../../core/format/numbers.js';
import { formatRocYear } from '../../../core/roc-date.js';
import { zhTW, type MessageKey } from '../../i18n/zh-TW.js';
import type { Locale } from '../../i18n/i18n.js';

/**
 * A year as the emissions page prints it: the sources print emission years in the Western
 * calendar (2005, 2030), so Chinese readers get that with the ROC year beside it.
 * @example yearLabel(2021, 'zh-TW') // '2021（110年）'
 */
export function yearLabel(year: number, locale: Locale): string {
  return locale === 'zh-TW' ? `${year}（${formatRocYear(year)}）` : String(year);
}

/** A percentage the API computed, one decimal, or '—' where there is none. */
export function percentText(value: string | null): string {
  return value === null ? '—' : `${formatDecimal(value, 1)}%`;
}

/** The message key for a code (a sector, a domain), if the catalogue has one. */
export function labelKey(prefix: string, code: string): MessageKey | null {
  const key = `${prefix}.${code}`;
  return key in zhTW ? (key as MessageKey) : null;
}

/** A source's title, or its code if the response did not list it (never blank). */
export function sourceTitle(sources: Map<string, CitedSource>, code: string | null): string | null {
  if (code === null) return null;
  return sources.get(code)?.title ?? code;
}

/** A source's number in the page's list of sources (1-based), for a short reference in a row. */
export function sourceNumber(
  sources: Map<string, CitedSource>,
  code: string | null,
): number | null {
  if (code === null) return null;
  const index = [...sources.keys()].indexOf(code);
  return index < 0 ? null : index + 1;
}
