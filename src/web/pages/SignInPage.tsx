import { useState, type SyntheticEvent } from 'react';
import { DEFAULT_CITY } from '../app/plan-context.js';
import { hrefFor } from '../app/routes.js';
import { useSession } from '../app/session-context.js';
import { useAction } from '../api/use-action.js';
import { ErrorMessage } from '../components/Feedback.js';
import { TextField } from '../components/Field.js';
import { useI18n } from '../i18n/i18n.js';

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const action = useAction();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const user = await session.signIn(DEFAULT_CITY, username, password);
      setPassword('');
      if (user) window.location.hash = hrefFor({ page: 'rounds' });
    });
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
      <form className="stacked" onSubmit={submit} aria-describedby="sign-in-note">
        <TextField
          id="username"
          name="username"
          label={t('signIn.username')}
          autoComplete="username"
          value={username}
          onChange={setUsername}
          required
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          required
        />
        <button type="submit" disabled={action.busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p id="sign-in-note" className="figure-note">
        {t('signIn.note')}
      </p>
      {action.error && <ErrorMessage error={action.error} />}
    </>
  );
}
