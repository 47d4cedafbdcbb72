import { useRef, useState } from 'react';
import type { SessionUser } from '../../contracts/api/session.js';
import type { UserResponse } from '../../contracts/api/users.js';
import { listUsers } from '../api/reporting.js';
import { useApi } from '../api/use-api.js';
import { useSession } from '../app/session-context.js';
import { Headings, Table, TableRegion } from '../components/DataTable.js';
import { Loaded } from '../components/Feedback.js';
import { SignedIn } from '../components/SignedIn.js';
import { useI18n } from '../i18n/i18n.js';
import { useCityAgencies } from '../api/agencies.js';
import { CreateUserForm } from './users/CreateUserForm.js';
import { userHeadings, UserRow } from './users/UserRow.js';

export function UsersPage() {
  return <SignedIn may="users.manage">{(user) => <Users user={user} />}</SignedIn>;
}

/** The city's accounts: list, change, remove (each row) and create (below). */
function Users({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const session = useSession();
  // retry, not a new key: the list as last loaded stays on screen (with any open form) meanwhile.
  const [users, reload] = useApi(`users/${user.city}`, (signal) => listUsers(user.city, signal));
  const agencies = useCityAgencies(user.city);
  const [editing, setEditing] = useState<string | null>(null);
  const [result, setResult] = useState('');
  const table = useRef<HTMLDivElement>(null);

  const saved = (changed: UserResponse, passwordChanged: boolean) => {
    setEditing(null);
    setResult(t('users.saved', { username: changed.username }));
    // A new password ends the account's sessions: your own, this one too (sign in again).
    if (passwordChanged && changed.username === user.username) void session.refresh().catch(reload);
    else reload();
  };
  const removed = (username: string) => {
    if (editing === username) setEditing(null);
    setResult(t('users.removed', { username }));
    reload();
    table.current?.focus();
  };
  return (
    <>
      <h1>{t('users.heading')}</h1>
      <p role="status" className="success">
        {result}
      </p>
      <Loaded value={users} retry={reload} keepPrevious>
        {(rows) => (
          <TableRegion name={{ label: t('users.heading') }} regionRef={table}>
            <Table className="users">
              <Headings columns={userHeadings(t)} />
              <tbody>
                {rows.map((row) => (
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
                    onStale={reload}
                  />
                ))}
              </tbody>
            </Table>
          </TableRegion>
        )}
      </Loaded>
      <CreateUserForm city={user.city} agencies={agencies} onCreated={reload} />
    </>
  );
}
