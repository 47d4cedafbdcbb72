import type { usersZhTW } from './users-zh-TW.js';

/** English for users-zh-TW.ts: every key of it, checked by the type. */
export const usersEn: Record<keyof typeof usersZhTW, string> = {
  'users.actions': 'Actions',
  'users.you': 'Your account',
  'users.edit': 'Edit',
  'users.editHeading': 'Edit {username}',
  'users.newPassword': 'New password (leave empty to keep it)',
  'users.ownRoleHint': 'You cannot change your own role; another admin can.',
  'users.ownPasswordHint': 'After changing your own password, sign in again with the new one.',
  'users.save': 'Save changes',
  'users.cancel': 'Cancel',
  'users.saved': 'Saved the changes to {username}.',
  'users.stale':
    '{username} was just changed by someone else; the form now shows the current state (version {version}). Check it and save again.',
  'users.remove': 'Remove',
  'users.confirmRemove': 'Confirm removing {username}',
  'users.staleRemove':
    '{username} was just changed by someone else; the list now shows the current state. Check it before removing.',
  'users.removed': 'Removed the account {username}.',
};
