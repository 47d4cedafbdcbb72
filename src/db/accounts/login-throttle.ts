import { sql, type Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import { deleteCityRows, selectCityRows } from '../city-scope.js';

/** Until when (ISO) the (city, username) pair may not sign in, or null when it is not locked. */
export async function lockedUntil(
  db: Kysely<Tables>,
  city: string,
  username: string,
): Promise<string | null> {
  const row = await selectCityRows(db, 'login_throttle', city)
    .select('locked_until')
    .where('username', '=', username)
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

/**
 * Counts a failed sign-in at `now` in one statement (two concurrent failures both count):
 * failures older than `windowMinutes` start the count again, and the `maxFailures`-th failure
 * within the window locks the pair for `windowMinutes`.
 */
export async function countLoginFailure(
  db: Kysely<Tables>,
  city: string,
  username: string,
  now: Date,
  rule: { maxFailures: number; windowMinutes: number },
): Promise<void> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000).toISOString();
  const lockUntil = new Date(now.getTime() + rule.windowMinutes * 60_000).toISOString();
  await sql`
    INSERT INTO login_throttle (city_id, username, failures, last_failure_at, locked_until)
    VALUES (${city}, ${username}, 1, ${at}, NULL)
    ON CONFLICT (city_id, username) DO UPDATE SET
      failures = CASE WHEN login_throttle.last_failure_at < ${windowStart}::timestamptz THEN 1 ELSE login_throttle.failures + 1 END,
      last_failure_at = ${at}::timestamptz,
      locked_until = CASE
        WHEN login_throttle.last_failure_at >= ${windowStart}::timestamptz AND login_throttle.failures + 1 >= ${rule.maxFailures}
        THEN ${lockUntil}::timestamptz ELSE NULL END
  `.execute(db);
}

export async function clearLoginFailures(
  db: Kysely<Tables>,
  city: string,
  username: string,
): Promise<void> {
  await deleteCityRows(db, 'login_throttle', city).where('username', '=', username).execute();
}

/** Failure counts whose last failure is before `before` count for nothing any more. */
export async function deleteStaleLoginFailures(
  db: Kysely<Tables>,
  city: string,
  before: Date,
): Promise<void> {
  await deleteCityRows(db, 'login_throttle', city)
    .where('last_failure_at', '<', before.toISOString())
    .execute();
}
