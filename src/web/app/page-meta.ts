import type { Translate } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/zh-TW.js';
import { hrefFor, type Route } from './routes.js';

export interface PageMeta {
  title: string;
  description: string;
  /** The page's address relative to the app, without its query (cut-off date, filters). */
  canonicalHref: string;
}

type Page = Route['page'];

/** The navigation label that names each page (a detail page takes its list's). */
const titleKeys: Partial<Record<Page, MessageKey>> = {
  measures: 'nav.measures',
  measure: 'nav.measures',
  emissions: 'nav.emissions',
  openData: 'nav.openData',
  reports: 'nav.reports',
  committee: 'nav.committee',
  minutes: 'nav.committee',
  indicators: 'nav.indicators',
  indicator: 'nav.indicators',
  registries: 'nav.registries',
  registry: 'nav.registries',
  credits: 'nav.credits',
  creditProject: 'nav.credits',
  signIn: 'nav.signIn',
  rounds: 'nav.rounds',
  users: 'nav.users',
};

const descriptionKeys: Partial<Record<Page, MessageKey>> = {
  overview: 'meta.description.overview',
  measures: 'meta.description.measures',
  measure: 'meta.description.measure',
  emissions: 'meta.description.emissions',
  openData: 'meta.description.openData',
  committee: 'meta.description.committee',
  minutes: 'meta.description.committee',
  indicators: 'meta.description.indicators',
  indicator: 'meta.description.indicators',
  registries: 'meta.description.registries',
  registry: 'meta.description.registries',
  credits: 'meta.description.credits',
  creditProject: 'meta.description.credits',
};

/** The title, description and canonical address of a page, in the reader's language. */
export function pageMeta(route: Route, t: Translate): PageMeta {
  const titleKey = titleKeys[route.page];
  const href = hrefFor(route); // '#/measures'; the overview '#/'
  return {
    title: titleKey ? `${t(titleKey)} · ${t('app.title')}` : t('app.title'),
    description: t(descriptionKeys[route.page] ?? 'meta.description'),
    canonicalHref: href === '#/' ? './' : `./${href}`,
  };
}
