import type { Kysely } from 'kysely';
import type { Role } from '../../contracts/api/common.js';
import { NetZeroError, staleVersion } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { deleteCityRows, selectCityRows, updateCityRows } from '../city-scope.js';
import { requireCity } from '../city/cities.js';

export interface UserRecord {
  city: string;
  username: string;
  displayName: string | null;
  role: Role;
  agencies: string[];
  isDemo: boolean;
  createdAt: string;
  version: number;
}

export interface NewUser {
  city: string;
  username: string;
  displayName?: string | undefined;
  role: Role;
  agencies: readonly string[];
  passwordHash: string;
  isDemo?: boolean;
}

/** Agencies are for agency editors only, and an agency editor needs at least one. */
function checkAgencies(role: Role, agencies: readonly string[]): void {
  if (role === 'agency_editor' && agencies.length === 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      'agencies: an agency_editor needs at least one agency',
      [{ path: 'agencies', message: 'required for agency_editor' }],
    );
  if (role !== 'agency_editor' && agencies.length > 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `agencies: only an agency_editor has agencies, not a ${role}`,
      [{ path: 'agencies', message: 'only for agency_editor' }],
    );
}

async function checkAgencyCodes(
  trx: Kysely<Tables>,
  city: string,
  agencies: readonly string[],
): Promise<void> {
  if (agencies.length === 0) return;
  const known = await selectCityRows(trx, 'agencies', city).select('code').execute();
  const codes = new Set(known.map((a) => a.code));
  const unknown = agencies.filter((a) => !codes.has(a));
  if (unknown.length > 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `agencies: "${unknown.join('", "')}" not in ${city}; agencies: ${[...codes].join(', ')}`,
      unknown.map((a) => ({ path: 'agencies', message: `unknown agency "${a}"` })),
    );
}

export async function createUser(
  db: Kysely<Tables>,
  user: NewUser,
  actor: string,
): Promise<UserRecord> {
  checkAgencies(user.role, user.agencies);
  return db.transaction().execute(async (trx) => {
    await requireCity(trx, user.city);
    await checkAgencyCodes(trx, user.city, user.agencies);
    const taken = await findUser(trx, user.city, user.username);
    if (taken)
      throw new NetZeroError('CONFLICT', `user "${user.username}" already exists in ${user.city}`, [
        { path: 'username', message: 'taken' },
      ]);
    await trx
      .insertInto('users')
      .values({
        city_id: user.city,
        username: user.username,
        display_name: user.displayName ?? null,
        role: user.role,
        password_hash: user.passwordHash,
        is_demo: user.isDemo ?? false,
      })
      .execute();
    for (const agency of user.agencies)
      await trx
        .insertInto('user_agencies')
        .values({ city_id: user.city, username: user.username, agency_code: agency })
        .execute();
    const created = await findUser(trx, user.city, user.username);
    if (!created) throw new NetZeroError('INTERNAL', 'the new user vanished');
    await appendAudit(trx, {
      city: user.city,
      actor,
      action: 'user.create',
      entity: 'user',
      entityKey: user.username,
      before: null,
      after: publicFields(created),
    });
    return created;
  });
}

export interface UserChange {
  version: number;
  displayName?: string | null | undefined;
  role?: Role | undefined;
  agencies?: readonly string[] | undefined;
  passwordHash?: string | undefined;
}

/** Applies a change when `version` is current; otherwise CONFLICT carrying the current user. */
export async function updateUser(
  db: Kysely<Tables>,
  city: string,
  username: string,
  change: UserChange,
  actor: string,
): Promise<UserRecord> {
  return db.transaction().execute(async (trx) => {
    const before = await findUser(trx, city, username);
    if (!before)
      throw new NetZeroError('NOT_FOUND', `no user "${username}" in ${city}`, [
        { path: 'username', message: 'not found' },
      ]);
    const role = change.role ?? before.role;
    const agencies = change.agencies ?? (role === 'agency_editor' ? before.agencies : []);
    checkAgencies(role, agencies);
    await checkAgencyCodes(trx, city, agencies);
    const updated = await updateCityRows(trx, 'users', city)
      .set((eb) => ({
        role,
        ...(change.displayName === undefined ? {} : { display_name: change.displayName }),
        ...(change.passwordHash === undefined ? {} : { password_hash: change.passwordHash }),
        version: eb('version', '+', 1),
      }))
      .where('username', '=', username)
      .where('version', '=', change.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw staleUser(before);
    await deleteCityRows(trx, 'user_agencies', city).where('username', '=', username).execute();
    for (const agency of agencies)
      await trx
        .insertInto('user_agencies')
        .values({ city_id: city, username, agency_code: agency })
        .execute();
    // A changed password or role ends the user's other sessions.
    if (change.passwordHash !== undefined || role !== before.role)
      await deleteCityRows(trx, 'sessions', city).where('username', '=', username).execute();
    const after = await findUser(trx, city, username);
    if (!after) throw new NetZeroError('INTERNAL', 'the user vanished');
    await appendAudit(trx, {
      city,
      actor,
      action: change.passwordHash === undefined ? 'user.update' : 'user.update+password',
      entity: 'user',
      entityKey: username,
      before: publicFields(before),
      after: publicFields(after),
    });
    return after;
  });
}

function staleUser(current: UserRecord): NetZeroError {
  return staleVersion(
    `user "${current.username}" was changed by someone else (now version ${current.version}); reload and retry`,
    publicFields(current),
  );
}

/**
 * Removes a user (their sessions and agencies go with them, by cascade); false when there is no
 * such user. With `version` (the HTTP API always sends the one it read) a user changed since is a
 * CONFLICT carrying the current user, as for updateUser; the CLI's `user remove` sends none.
 */
export async function deleteUser(
  db: Kysely<Tables>,
  city: string,
  username: string,
  actor: string,
  version?: number,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Locked first, so the version checked and the record audited are the ones deleted.
    const locked = await selectCityRows(trx, 'users', city)
      .select('version')
      .where('username', '=', username)
      .forUpdate()
      .executeTakeFirst();
    if (!locked) return false;
    const before = await findUser(trx, city, username);
    if (!before) throw new NetZeroError('INTERNAL', 'the locked user vanished');
    if (version !== undefined && before.version !== version) throw staleUser(before);
    await deleteCityRows(trx, 'users', city).where('username', '=', username).execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'user.delete',
      entity: 'user',
      entityKey: username,
      before: publicFields(before),
      after: null,
    });
    return true;
  });
}

/** What the audit trail and the API show of a user: never the password hash. */
export function publicFields(user: UserRecord) {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    agencies: user.agencies,
    createdAt: user.createdAt,
    version: user.version,
  };
}

export async function findUser(
  db: Kysely<Tables>,
  city: string,
  username: string,
): Promise<UserRecord | undefined> {
  const rows = await listUsers(db, city, username);
  return rows[0];
}

export async function listUsers(
  db: Kysely<Tables>,
  city: string,
  only?: string,
): Promise<UserRecord[]> {
  let query = selectCityRows(db, 'users', city)
    .select(['username', 'display_name', 'role', 'is_demo', 'created_at', 'version'])
    .orderBy('username');
  if (only !== undefined) query = query.where('username', '=', only);
  const [users, agencies] = await Promise.all([
    query.execute(),
    selectCityRows(db, 'user_agencies', city)
      .select(['username', 'agency_code'])
      .orderBy('agency_code')
      .execute(),
  ]);
  return users.map((u) => ({
    city,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    agencies: agencies.filter((a) => a.username === u.username).map((a) => a.agency_code),
    isDemo: u.is_demo,
    createdAt: u.created_at,
    version: u.version,
  }));
}

export async function passwordHashOf(
  db: Kysely<Tables>,
  city: string,
  username: string,
): Promise<string | undefined> {
  const row = await selectCityRows(db, 'users', city)
    .select('password_hash')
    .where('username', '=', username)
    .executeTakeFirst();
  return row?.password_hash;
}

/** Demo accounts anywhere in the database: a production start refuses to run with any. */
export async function listDemoAccounts(db: Kysely<Tables>): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select(['city_id', 'username'])
    .where('is_demo', '=', true)
    .orderBy('city_id')
    .orderBy('username')
    .execute();
  return rows.map((r) => `${r.city_id}/${r.username}`);
}
