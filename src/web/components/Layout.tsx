import type { ReactNode } from 'react';
import { hrefFor, type Route } from '../app/routes.js';
import { useSession } from '../app/session-context.js';
import { useAction } from '../api/use-action.js';
import { useI18n } from '../i18n/i18n.js';
import { navItems } from './nav-items.js';

/** The page frame: skip link, banner with navigation and language switch, main, footer. */
export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const { user, signOut } = useSession();
  const signingOut = useAction();
  const items = navItems(route, user, t);
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
        {user && (
          <span className="who">
            {user.displayName ?? user.username}{' '}
            <button
              type="button"
              className="lang-switch"
              disabled={signingOut.busy}
              onClick={() =>
                void signingOut.run(async () => {
                  await signOut();
                  window.location.hash = hrefFor({ page: 'overview' });
                })
              }
            >
              {t('nav.signOut')}
            </button>
          </span>
        )}
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
