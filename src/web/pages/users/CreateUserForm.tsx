import { useState, type SyntheticEvent } from 'react';
import type { Role } from '../../../contracts/api/common.js';
import { createUser } from '../../api/reporting.js';
import { useAction } from '../../api/use-action.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { TextField } from '../../components/Field.js';
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
        <TextField
          id="new-username"
          label={t('signIn.username')}
          value={username}
          autoComplete="off"
          onChange={setUsername}
          required
        />
        <TextField
          id="new-display-name"
          label={t('users.displayName')}
          value={displayName}
          onChange={setDisplayName}
        />
        <label htmlFor="new-role">{t('users.role')}</label>
        <RoleSelect id="new-role" value={role} onChange={setRole} />
        {role === 'agency_editor' && (
          <AgencyCheckboxes agencies={agencies} chosen={chosen} onChange={setChosen} />
        )}
        <TextField
          id="new-password"
          type="password"
          label={t('users.password')}
          hint={t('users.passwordHint')}
          autoComplete="new-password"
          minLength={12}
          value={password}
          onChange={setPassword}
          required
        />
        <button type="submit" disabled={action.busy}>
          {t('users.createSubmit')}
        </button>
      </form>
      {action.error && <ErrorMessage error={action.error} />}
    </section>
  );
}
