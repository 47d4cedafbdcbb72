import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { Role } from '../../../contracts/api/common.js';
import { userResponse, type UserResponse } from '../../../contracts/api/users.js';
import { ApiError } from '../../api/api-error.js';
import { updateUser } from '../../api/reporting.js';
import { useAction } from '../../api/use-action.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { TextField } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Agency } from '../../api/agencies.js';
import { AgencyCheckboxes } from './agencies.js';
import { RoleSelect } from './RoleSelect.js';

/**
 * Role, agencies (agency editors), display name and an optional new password of one user, saved
 * with the version the form was filled from. Someone else's change in between (409) puts the
 * user as they are now in the form, says so, and reloads the list.
 */
export function EditUserForm({
  city,
  user,
  self,
  agencies,
  onSaved,
  onStale,
  onCancel,
}: {
  city: string;
  user: UserResponse;
  /** The signed-in admin's own account: the role stays (another admin changes it). */
  self: boolean;
  agencies: readonly Agency[];
  onSaved: (saved: UserResponse, passwordChanged: boolean) => void;
  onStale: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const action = useAction();
  const [base, setBase] = useState(user);
  const [displayName, setDisplayName] = useState(user.displayName ?? '');
  const [role, setRole] = useState<Role>(user.role);
  const [chosen, setChosen] = useState<string[]>(user.agencies);
  const [password, setPassword] = useState('');
  const [stale, setStale] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const id = (field: string) => `edit-${field}-${user.username}`;
  const fillFrom = (current: UserResponse) => {
    setBase(current);
    setDisplayName(current.displayName ?? '');
    setRole(current.role);
    setChosen(current.agencies);
  };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setStale('');
    void action.run(async () => {
      try {
        const saved = await updateUser(city, user.username, {
          version: base.version,
          displayName: displayName.trim() === '' ? null : displayName.trim(),
          ...(self ? {} : { role, agencies: role === 'agency_editor' ? chosen : [] }),
          ...(password ? { password } : {}),
        });
        onSaved(saved, password !== '');
      } catch (error) {
        const current = error instanceof ApiError && error.code === 'CONFLICT' && error.current;
        const parsed = userResponse.safeParse(current);
        if (!parsed.success) throw error;
        fillFrom(parsed.data);
        setStale(t('users.stale', { username: user.username, version: parsed.data.version }));
        onStale();
      }
    });
  };
  return (
    <form
      className="stacked user-edit"
      id={id('form')}
      aria-labelledby={id('heading')}
      onSubmit={submit}
    >
      <h2 id={id('heading')}>{t('users.editHeading', { username: user.username })}</h2>
      <div role="status">{stale && <p className="warning">{stale}</p>}</div>
      <TextField
        id={id('name')}
        ref={first}
        label={t('users.displayName')}
        value={displayName}
        maxLength={200}
        onChange={setDisplayName}
      />
      <label htmlFor={id('role')}>{t('users.role')}</label>
      <RoleSelect
        id={id('role')}
        value={role}
        onChange={setRole}
        disabled={self}
        describedBy={self ? id('role-hint') : undefined}
      />
      {self && (
        <p id={id('role-hint')} className="figure-note">
          {t('users.ownRoleHint')}
        </p>
      )}
      {role === 'agency_editor' && (
        <AgencyCheckboxes agencies={agencies} chosen={chosen} onChange={setChosen} />
      )}
      <TextField
        id={id('password')}
        type="password"
        label={t('users.newPassword')}
        hint={
          <>
            {t('users.passwordHint')} {self && t('users.ownPasswordHint')}
          </>
        }
        autoComplete="new-password"
        minLength={12}
        value={password}
        onChange={setPassword}
      />
      {action.error && <ErrorMessage error={action.error} />}
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          {t('users.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('users.cancel')}
        </button>
      </div>
    </form>
  );
}
