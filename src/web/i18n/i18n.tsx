import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { en } from './en.js';
import { zhTW, type MessageKey } from './zh-TW.js';
import { interpolate } from '../../core/catalog/catalog.js';
import { type Language } from '../../core/vocabulary/lists.js';

export type Locale = Language;
const STORAGE_KEY = 'netzero.locale';
const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-TW': zhTW, en };
/** BCP 47 tags for the html lang attribute: screen readers pick the voice from it. */
const htmlLang: Record<Locale, string> = { 'zh-TW': 'zh-Hant-TW', en: 'en' };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  t: Translate;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-TW';
  } catch {
    return 'zh-TW'; // storage blocked (private mode): the default language still works
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  useEffect(() => {
    // The title follows the page too: app/use-document-meta.ts.
    document.documentElement.lang = htmlLang[locale];
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits, but switched for this one.
    }
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => interpolate(catalogues[locale][key], params),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
}
