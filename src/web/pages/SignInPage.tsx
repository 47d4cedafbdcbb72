import { DEFAULT_CITY } from '../app/plan-context.js';
import { hrefFor } from '../app/routes.js';
import { useSession } from '../app/session-context.js';
import { ActionForm } from '../components/ActionForm.js';
import { TextField, useFields } from '../components/Field.js';
import { useI18n } from '../i18n/i18n.js';

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const { values, field, reset } = useFields({ username: '', password: '' }, 'sign-in');
  const signIn = async () => {
    const user = await session.signIn(DEFAULT_CITY, values.username, values.password);
    reset('password');
    // A committee member has no reporting to do: their page is the written comment's.
    if (user) window.location.hash = hrefFor(homeOf(user));
  };
  if (session.user) {
    return (
      <>
        <h1>{t('signIn.heading')}</h1>
        <p>{t('signIn.signedInAs', { name: session.user.displayName ?? session.user.username })}</p>
        <p>
          <a href={hrefFor({ page: 'rounds' })}>{t('nav.rounds')}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('signIn.heading')}</h1>
      <ActionForm onSubmit={signIn} submitLabel={t('signIn.submit')} describedBy="sign-in-note">
        <TextField
          {...field('username', t('signIn.username'))}
          name="username"
          autoComplete="username"
          required
        />
        <TextField
          {...field('password', t('signIn.password'))}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </ActionForm>
      <p id="sign-in-note" className="figure-note">
        {t('signIn.note')}
      </p>
    </>
  );
}

/** Where a person lands after signing in. */
function homeOf(user: { role: string }) {
  return user.role === 'committee_member'
    ? ({ page: 'committeeComment' } as const)
    : ({ page: 'rounds' } as const);
}
