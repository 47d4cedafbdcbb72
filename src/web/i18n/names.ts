import type { Locale } from './i18n.js';

/** A name from the data: the English one when reading English and the data has it. */
export function localName(item: { name: string; nameEn: string | null }, locale: Locale): string {
  return locale === 'en' && item.nameEn ? item.nameEn : item.name;
}
