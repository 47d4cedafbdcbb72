import { useState, type SyntheticEvent } from 'react';
import type { Role } from '../../../contracts/api/common.js';
import { createUser } from '../../api/reporting.js';
import { useAction } from '../../api/use-action.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Agency } from '../../api/agencies.js';
import { AgencyCheckboxes } from './agencies.js';
import { RoleSelect } from './RoleSelect.js';

export function CreateUserForm({
  city,
  agencies,
  onCreated,
}: {
  city: string;
  agencies: readonly Agency[];
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const action = useAction();
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
        <RoleSelect id="new-role" value={role} onChange={setRole} />
        {role === 'agency_editor' && (
          <AgencyCheckboxes agencies={agencies} chosen={chosen} onChange={setChosen} />
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
