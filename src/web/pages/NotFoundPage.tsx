import { hrefFor } from '../app/routes.js';
import { useI18n } from '../i18n/i18n.js';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('page.notFound')}</h1>
      <p>
        <a href={hrefFor({ page: 'overview' })}>{t('nav.overview')}</a>
      </p>
    </>
  );
}
