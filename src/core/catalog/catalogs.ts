import type { Language } from '../vocabulary/lists.js';
import type { Catalog } from './catalog.js';
import { en } from './en.js';
import { zhTW } from './zh-TW.js';

/** The catalog of each language. */
export const catalogs: Record<Language, Catalog> = { 'zh-TW': zhTW, en };
