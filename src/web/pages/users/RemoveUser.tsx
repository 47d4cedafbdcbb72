import { useEffect, useRef, useState } from 'react';
import type { UserResponse } from '../../../contracts/api/users.js';
import { ApiError } from '../../api/api-error.js';
import { deleteUser } from '../../api/reporting.js';
import { useAction } from '../../api/use-action.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * 刪除, then 取消 or 確認刪除 {username} in its place: two steps, no dialog. 取消 comes first, where
 * 刪除 was, so a double click cancels instead of removing. A user changed meanwhile (409) is not
 * removed: the list reloads and the admin decides again.
 */
export function RemoveUser({
  city,
  user,
  onRemoved,
  onStale,
}: {
  city: string;
  user: UserResponse;
  onRemoved: (username: string) => void;
  onStale: () => void;
}) {
  const { t } = useI18n();
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const [stale, setStale] = useState('');
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  // Focus follows the swap the person made (to 取消, and back to 刪除), never on mount.
  const swapped = useRef(false);
  const swap = (to: boolean) => {
    swapped.current = true;
    setConfirming(to);
  };
  useEffect(() => {
    if (!swapped.current) return;
    swapped.current = false;
    (confirming ? cancel : start).current?.focus();
  }, [confirming]);

  const remove = () => {
    setStale('');
    void action.run(async () => {
      try {
        await deleteUser(city, user.username, user.version);
        onRemoved(user.username);
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'CONFLICT')) throw error;
        swap(false);
        setStale(t('users.staleRemove', { username: user.username }));
        onStale();
      }
    });
  };
  const problem = stale || action.error?.message;
  return (
    <>
      {confirming ? (
        <>
          <button type="button" className="secondary" ref={cancel} onClick={() => swap(false)}>
            {t('users.cancel')}
          </button>
          <button type="button" className="danger" disabled={action.busy} onClick={remove}>
            {t('users.confirmRemove', { username: user.username })}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="secondary"
          ref={start}
          onClick={() => {
            action.clear();
            setStale('');
            swap(true);
          }}
        >
          {t('users.remove')}
          <span className="visually-hidden"> {user.username}</span>
        </button>
      )}
      <span role="status" className="row-problem">
        {problem && <span className="warning">{problem}</span>}
      </span>
    </>
  );
}
