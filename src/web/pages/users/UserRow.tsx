import { useRef } from 'react';
import type { UserResponse } from '../../../contracts/api/users.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { localName } from '../../i18n/names.js';
import { EditUserForm } from './EditUserForm.js';
import { RemoveUser } from './RemoveUser.js';
import type { Agency } from '../../api/agencies.js';

/** The headings of the rows below, in their order. */
export const userHeadings = (t: Translate) =>
  [
    t('signIn.username'),
    t('users.displayName'),
    t('users.role'),
    t('users.agencies'),
    t('users.actions'),
  ].map((heading) => ({ heading }));

/**
 * One account: its facts, 編輯 (the form opens in a row of its own below) and 刪除 — except on
 * the signed-in admin's own row, which has no 刪除 (the API refuses it too).
 */
export function UserRow({
  city,
  user,
  self,
  editing,
  agencies,
  onEdit,
  onSaved,
  onRemoved,
  onStale,
}: {
  city: string;
  user: UserResponse;
  self: boolean;
  editing: boolean;
  agencies: readonly Agency[];
  onEdit: (username: string | null) => void;
  onSaved: (saved: UserResponse, passwordChanged: boolean) => void;
  onRemoved: (username: string) => void;
  onStale: () => void;
}) {
  const { t, locale } = useI18n();
  // Agencies by name, as the form shows them; the code when the city's list lacks one.
  const agencyNames = user.agencies.map((code) => {
    const agency = agencies.find((a) => a.code === code);
    return agency ? localName(agency, locale) : code;
  });
  const edit = useRef<HTMLButtonElement>(null);
  const close = () => {
    onEdit(null);
    edit.current?.focus();
  };
  return (
    <>
      <tr>
        <th scope="row" data-label={t('signIn.username')}>
          {user.username}
        </th>
        <td data-label={t('users.displayName')}>{user.displayName ?? t('common.none')}</td>
        <td data-label={t('users.role')}>{t(`role.${user.role}`)}</td>
        <td data-label={t('users.agencies')}>{agencyNames.join('、') || t('common.none')}</td>
        <td>
          <div className="row-actions">
            <button
              type="button"
              className="secondary"
              ref={edit}
              aria-expanded={editing}
              aria-controls={editing ? `edit-form-${user.username}` : undefined}
              onClick={() => (editing ? close() : onEdit(user.username))}
            >
              {t('users.edit')}
              <span className="visually-hidden"> {user.username}</span>
            </button>
            {self ? (
              <span className="figure-note">{t('users.you')}</span>
            ) : (
              <RemoveUser city={city} user={user} onRemoved={onRemoved} onStale={onStale} />
            )}
          </div>
        </td>
      </tr>
      {editing && (
        <tr className="edit-row">
          <td colSpan={userHeadings(t).length}>
            <EditUserForm
              city={city}
              user={user}
              self={self}
              agencies={agencies}
              onSaved={(saved, passwordChanged) => {
                onSaved(saved, passwordChanged);
                edit.current?.focus();
              }}
              onStale={onStale}
              onCancel={close}
            />
          </td>
        </tr>
      )}
    </>
  );
}
