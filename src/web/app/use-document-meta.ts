import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { pageMeta } from './page-meta.js';
import type { Route } from './routes.js';

/** The head element `selector` names, created from `create` the first time. */
function headElement<T extends HTMLElement>(selector: string, create: () => T): T {
  const found = document.head.querySelector<T>(selector);
  if (found) return found;
  const element = create();
  document.head.append(element);
  return element;
}

/**
 * Keeps the document's title, meta description and canonical link on the page shown and in the
 * reader's language, as a server would send them with each page (search results, shared links,
 * the browser's history all show them).
 */
export function useDocumentMeta(route: Route): void {
  const { t } = useI18n();
  useEffect(() => {
    const meta = pageMeta(route, t);
    document.title = meta.title;
    headElement('meta[name="description"]', () =>
      Object.assign(document.createElement('meta'), { name: 'description' }),
    ).content = meta.description;
    headElement('link[rel="canonical"]', () =>
      Object.assign(document.createElement('link'), { rel: 'canonical' }),
    ).href = new URL(meta.canonicalHref, location.href).href;
  }, [route, t]);
}
