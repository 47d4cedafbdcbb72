import { useState, type SyntheticEvent } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** The sign-in form; wired to the session endpoint once the server provides it. */
export function SignInPage() {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setNotice(t('signIn.unavailable'));
  };
  return (
    <>
      <h1>{t('signIn.heading')}</h1>
      <form className="stacked" onSubmit={submit}>
        <label htmlFor="username">{t('signIn.username')}</label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          required
        />
        <label htmlFor="password">{t('signIn.password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <button type="submit">{t('signIn.submit')}</button>
        {notice && <p role="alert">{notice}</p>}
      </form>
    </>
  );
}
