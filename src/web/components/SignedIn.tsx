import type { ReactNode } from 'react';
import { can, type Action } from '../../core/permissions.js';
import type { SessionUser } from '../../contracts/api/session.js';
import { hrefFor } from '../app/routes.js';
import { useSession } from '../app/session-context.js';
import { useI18n } from '../i18n/i18n.js';
import { Loading } from './Feedback.js';
import { PageNotice } from './PageNotice.js';

/**
 * Shows its page only to a signed-in user who `may` take that action in their city (the same
 * rule the server authorizes with); this only spares people pages they cannot use.
 */
export function SignedIn({
  may,
  children,
}: {
  may?: Action;
  children: (user: SessionUser) => ReactNode;
}) {
  const { t } = useI18n();
  const { user } = useSession();
  if (user === undefined) return <Loading />;
  if (user === null) {
    return (
      <PageNotice
        heading={t('signIn.required')}
        href={hrefFor({ page: 'signIn' })}
        link={t('nav.signIn')}
      />
    );
  }
  if (may && !can(user, user.city, may)) {
    return <h1>{t('signIn.forbidden')}</h1>;
  }
  return <>{children(user)}</>;
}
