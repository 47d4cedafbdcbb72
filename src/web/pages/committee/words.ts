import type { Label } from '../../../core/committee/vocabulary.js';
import type { Locale } from '../../i18n/i18n.js';

/** A committee label (core/committee/vocabulary.ts) in the reader's language. */
export function inLocale(label: Label, locale: Locale): string {
  return locale === 'en' ? label.en : label.zh;
}

/** A select's options for a closed committee list, labelled in the reader's language. */
export function labelledOptions<Code extends string>(
  codes: readonly Code[],
  labels: Record<Code, Label>,
  locale: Locale,
): { value: Code; label: string }[] {
  return codes.map((code) => ({ value: code, label: inLocale(labels[code], locale) }));
}

/** A select's options for a meeting's agenda items: `1. 綜合討論`. */
export function itemOptions(items: readonly { number: number; title: string }[]) {
  return items.map((item) => ({
    value: String(item.number),
    label: `${item.number}. ${item.title}`,
  }));
}
