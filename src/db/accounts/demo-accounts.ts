import type { Kysely } from 'kysely';
import type { Role } from '../../contracts/api/common.js';
import type { Tables } from '../tables.js';
import { createUser, findUser } from './users.js';

/** The demo's accounts (README, "Demo accounts"); a production start refuses to run with any. */
export const DEMO_PASSWORD = 'netzero-demo-2023';

export const demoAccounts: readonly {
  username: string;
  displayName: string;
  role: Role;
  agencies: string[];
}[] = [
  { username: 'demo-admin', displayName: '淨零辦公室 (秘書處)', role: 'admin', agencies: [] },
  { username: 'demo-reviewer', displayName: '淨零委員', role: 'reviewer', agencies: [] },
  { username: 'demo-viewer', displayName: '檢視者', role: 'viewer', agencies: [] },
  { username: 'demo-epb', displayName: '環保局承辦', role: 'agency_editor', agencies: ['epb'] },
  { username: 'demo-edb', displayName: '經發局承辦', role: 'agency_editor', agencies: ['edb'] },
];

/** Creates the missing demo accounts of a city; returns the usernames created. */
export async function ensureDemoAccounts(
  db: Kysely<Tables>,
  city: string,
  hash: (password: string) => Promise<string>,
): Promise<string[]> {
  const created: string[] = [];
  let passwordHash: string | undefined;
  for (const account of demoAccounts) {
    if (await findUser(db, city, account.username)) continue;
    passwordHash ??= await hash(DEMO_PASSWORD);
    await createUser(db, { city, ...account, passwordHash, isDemo: true }, 'system:demo');
    created.push(account.username);
  }
  return created;
}
