import { hrefFor } from '../app/routes.js';
import { PageNotice } from '../components/PageNotice.js';
import { useI18n } from '../i18n/i18n.js';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <PageNotice
      heading={t('page.notFound')}
      href={hrefFor({ page: 'overview' })}
      link={t('nav.overview')}
    />
  );
}
