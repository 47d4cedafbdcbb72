import type { ReactNode } from 'react';
import { hrefFor, type Route } from '../app/routes.js';
import { useI18n } from '../i18n/i18n.js';

interface NavItem {
  route: Route;
  label: string;
  current: boolean;
}

/** The page frame: skip link, banner with navigation and language switch, main, footer. */
export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const items: NavItem[] = [
    { route: { page: 'overview' }, label: t('nav.overview'), current: route.page === 'overview' },
    {
      route: { page: 'measures' },
      label: t('nav.measures'),
      current: route.page === 'measures' || route.page === 'measure',
    },
    { route: { page: 'signIn' }, label: t('nav.signIn'), current: route.page === 'signIn' },
  ];
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skip')}
      </a>
      <header className="banner">
        <a className="brand" href={hrefFor({ page: 'overview' })}>
          {t('app.title')}
        </a>
        <nav aria-label={t('nav.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.route.page}>
                <a href={hrefFor(item.route)} aria-current={item.current ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="lang-switch"
          lang={locale === 'zh-TW' ? 'en' : 'zh-Hant-TW'}
          aria-label={t('lang.switchLabel')}
          onClick={() => setLocale(locale === 'zh-TW' ? 'en' : 'zh-TW')}
        >
          {t('lang.switch')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}

/** The hash is the router, so the skip link moves focus itself instead of changing the hash. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
