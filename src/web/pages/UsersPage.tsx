import { useRef, useState } from 'react';
import type { SessionUser } from '../../contracts/api/session.js';
import type { UserResponse } from '../../contracts/api/users.js';
import { useSession } from '../app/session-context.js';
import { ErrorMessage, Loading } from '../components/Feedback.js';
import { SignedIn } from '../components/SignedIn.js';
import { useI18n } from '../i18n/i18n.js';
import { useCityAgencies } from './users/agencies.js';
import { CreateUserForm } from './users/CreateUserForm.js';
import { UserRow } from './users/UserRow.js';
import { useUserList } from './users/use-user-list.js';

export function UsersPage() {
  return <SignedIn roles={['admin']}>{(user) => <Users user={user} />}</SignedIn>;
}

/** The city's accounts: list, change, remove (each row) and create (below). */
function Users({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const session = useSession();
  const list = useUserList(user.city);
  const agencies = useCityAgencies(user.city);
  const [editing, setEditing] = useState<string | null>(null);
  const [result, setResult] = useState('');
  const table = useRef<HTMLDivElement>(null);

  const saved = (changed: UserResponse, passwordChanged: boolean) => {
    setEditing(null);
    setResult(t('users.saved', { username: changed.username }));
    // A new password ends the account's sessions: your own, this one too (sign in again).
    if (passwordChanged && changed.username === user.username)
      void session.refresh().catch(list.reload);
    else list.reload();
  };
  const removed = (username: string) => {
    if (editing === username) setEditing(null);
    setResult(t('users.removed', { username }));
    list.reload();
    table.current?.focus();
  };
  return (
    <>
      <h1>{t('users.heading')}</h1>
      <p role="status" className="success">
        {result}
      </p>
      {list.rows === null && list.loaded.state === 'loading' && <Loading />}
      {list.loaded.state === 'error' && (
        <ErrorMessage error={list.loaded.error} onRetry={list.retry} />
      )}
      {list.rows !== null && (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('users.heading')}
          ref={table}
        >
          <table className="users">
            <thead>
              <tr>
                <th scope="col">{t('signIn.username')}</th>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.agencies')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <UserRow
                  key={row.username}
                  city={user.city}
                  user={row}
                  self={row.username === user.username}
                  editing={editing === row.username}
                  agencies={agencies}
                  onEdit={(username) => {
                    setResult('');
                    setEditing(username);
                  }}
                  onSaved={saved}
                  onRemoved={removed}
                  onStale={list.reload}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateUserForm city={user.city} agencies={agencies} onCreated={list.reload} />
    </>
  );
}
