import type { CitedSource } from '../../api/emissions-page.js';
import { formatDecimal } from '../../../core/format/numbers.js';
import { formatWanTonnes } from '../../../core/format/tonnes.js';
import { formatRocYear } from '../../../core/roc-date.js';
import { zhTW, type MessageKey } from '../../i18n/zh-TW.js';
import type { Locale, Translate } from '../../i18n/i18n.js';

/**
 * A year as the emissions page prints it: the sources print emission years in the Western
 * calendar (2005, 2030), so Chinese readers get that with the ROC year beside it.
 * @example yearLabel(2021, 'zh-TW') // '2021（110年）'
 */
export function yearLabel(year: number, locale: Locale): string {
  return locale === 'zh-TW' ? `${year}（${formatRocYear(year)}）` : String(year);
}

/** Tonnes in 萬公噸 as the sources print them, or '—' where the API has no figure. */
export function wanText(tonnes: string | null | undefined): string {
  return tonnes === null || tonnes === undefined ? '—' : formatWanTonnes(tonnes);
}

/** A percentage the API computed, one decimal, or '—' where there is none. */
export function percentText(value: string | null): string {
  return value === null ? '—' : `${formatDecimal(value, 1)}%`;
}

/** A code's label (a sector, a domain, an approval step) from the catalogue, or the code itself. */
export function codeLabel(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return key in zhTW ? t(key as MessageKey) : code;
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
