import type { ReactNode } from 'react';
import type { Role } from '../../contracts/api/common.js';
import type { SessionUser } from '../../contracts/api/session.js';
import { hrefFor } from '../app/routes.js';
import { useSession } from '../app/session-context.js';
import { useI18n } from '../i18n/i18n.js';
import { Loading } from './Feedback.js';

/**
 * Shows its page only to a signed-in user with one of `roles`; the server decides what each
 * user may read and change, this only spares people pages they cannot use.
 */
export function SignedIn({
  roles,
  children,
}: {
  roles?: readonly Role[];
  children: (user: SessionUser) => ReactNode;
}) {
  const { t } = useI18n();
  const { user } = useSession();
  if (user === undefined) return <Loading />;
  if (user === null) {
    return (
      <>
        <h1>{t('signIn.required')}</h1>
        <p>
          <a href={hrefFor({ page: 'signIn' })}>{t('nav.signIn')}</a>
        </p>
      </>
    );
  }
  if (roles && !roles.includes(user.role)) {
    return <h1>{t('signIn.forbidden')}</h1>;
  }
  return <>{children(user)}</>;
}
