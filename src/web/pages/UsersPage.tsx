import { useState, type SyntheticEvent } from 'react';
import { roles, type Role } from '../../contracts/api/common.js';
import type { SessionUser } from '../../contracts/api/session.js';
import { fetchPlans } from '../api/plan-summary.js';
import { createUser, listUsers } from '../api/reporting.js';
import { useAction } from '../api/use-action.js';
import { useApi } from '../api/use-api.js';
import { ErrorMessage, Loading } from '../components/Feedback.js';
import { SignedIn } from '../components/SignedIn.js';
import { useI18n } from '../i18n/i18n.js';
import { localName } from '../i18n/names.js';

export function UsersPage() {
  return <SignedIn roles={['admin']}>{(user) => <Users user={user} />}</SignedIn>;
}

function Users({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [reload, setReload] = useState(0);
  const [users, retry] = useApi(`users/${user.city}/${reload}`, (signal) =>
    listUsers(user.city, signal),
  );
  return (
    <>
      <h1>{t('users.heading')}</h1>
      {users.state === 'loading' && <Loading />}
      {users.state === 'error' && <ErrorMessage error={users.error} onRetry={retry} />}
      {users.state === 'ready' && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('users.heading')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('signIn.username')}</th>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.agencies')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((row) => (
                <tr key={row.username}>
                  <th scope="row">{row.username}</th>
                  <td>{row.displayName ?? t('common.none')}</td>
                  <td>{t(`role.${row.role}`)}</td>
                  <td>{row.agencies.join('、') || t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateUserForm city={user.city} onCreated={() => setReload((n) => n + 1)} />
    </>
  );
}

function CreateUserForm({ city, onCreated }: { city: string; onCreated: () => void }) {
  const { t, locale } = useI18n();
  const action = useAction();
  const [plans] = useApi(`plans/${city}`, (signal) => fetchPlans(city, signal));
  const agencies = plans.state === 'ready' ? plans.data.flatMap((p) => p.agencies) : [];
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('agency_editor');
  const [chosen, setChosen] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await createUser(city, {
        username,
        role,
        password,
        agencies: role === 'agency_editor' ? chosen : [],
        ...(displayName ? { displayName } : {}),
      });
      setUsername('');
      setDisplayName('');
      setPassword('');
      setChosen([]);
      onCreated();
    });
  };
  const toggle = (code: string) =>
    setChosen((now) => (now.includes(code) ? now.filter((c) => c !== code) : [...now, code]));
  return (
    <section aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">{t('users.create')}</h2>
      <form className="stacked" onSubmit={submit}>
        <label htmlFor="new-username">{t('signIn.username')}</label>
        <input
          id="new-username"
          value={username}
          autoComplete="off"
          onChange={(event) => setUsername(event.target.value)}
          required
        />
        <label htmlFor="new-display-name">{t('users.displayName')}</label>
        <input
          id="new-display-name"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <label htmlFor="new-role">{t('users.role')}</label>
        <select
          id="new-role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
        {role === 'agency_editor' && (
          <fieldset className="checkboxes">
            <legend>{t('users.agencies')}</legend>
            {agencies.map((agency) => (
              <label key={agency.code}>
                <input
                  type="checkbox"
                  checked={chosen.includes(agency.code)}
                  onChange={() => toggle(agency.code)}
                />{' '}
                {localName(agency, locale)}
              </label>
            ))}
          </fieldset>
        )}
        <label htmlFor="new-password">{t('users.password')}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
          aria-describedby="new-password-hint"
        />
        <p id="new-password-hint" className="figure-note">
          {t('users.passwordHint')}
        </p>
        <button type="submit" disabled={action.busy}>
          {t('users.createSubmit')}
        </button>
      </form>
      {action.error && <ErrorMessage error={action.error} />}
    </section>
  );
}
