import { sql, type Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';
import { NetZeroError } from '../../core/errors.js';

/** Five wrong passwords in a row lock the account for fifteen minutes. */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** Refuses a sign-in while the (city, username) pair is locked. */
export async function assertNotLocked(
  db: Kysely<Tables>,
  city: string,
  username: string,
  now: Date,
): Promise<void> {
  const row = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('city_id', '=', city)
    .where('username', '=', username)
    .executeTakeFirst();
  if (row?.locked_until && Date.parse(row.locked_until) > now.getTime())
    throw new NetZeroError(
      'RATE_LIMITED',
      `too many failed sign-ins for "${username}": locked until ${row.locked_until}; try again later or ask an administrator`,
      [{ path: 'username', message: 'locked' }],
    );
}

/** Counts a failure; failures older than the lock window start the count again. */
export async function recordFailure(
  db: Kysely<Tables>,
  city: string,
  username: string,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - LOCK_MINUTES * 60_000).toISOString();
  const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
  await sql`
    INSERT INTO login_throttle (city_id, username, failures, last_failure_at, locked_until)
    VALUES (${city}, ${username}, 1, ${at}, NULL)
    ON CONFLICT (city_id, username) DO UPDATE SET
      failures = CASE WHEN login_throttle.last_failure_at < ${windowStart}::timestamptz THEN 1 ELSE login_throttle.failures + 1 END,
      last_failure_at = ${at}::timestamptz,
      locked_until = CASE
        WHEN login_throttle.last_failure_at >= ${windowStart}::timestamptz AND login_throttle.failures + 1 >= ${MAX_FAILURES}
        THEN ${lockUntil}::timestamptz ELSE NULL END
  `.execute(db);
}

export async function clearFailures(
  db: Kysely<Tables>,
  city: string,
  username: string,
): Promise<void> {
  await db
    .deleteFrom('login_throttle')
    .where('city_id', '=', city)
    .where('username', '=', username)
    .execute();
}

/**
 * Sign-in attempts per client address, in memory: a fixed window of `limit` attempts per
 * `windowMs`. Bounds guessing across many usernames, which the per-account lock cannot.
 */
export class AttemptLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit = 30,
    private readonly windowMs = 5 * 60_000,
  ) {}

  hit(key: string, now: number): void {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(key, { start: now, count: 1 });
      return;
    }
    w.count++;
    if (w.count > this.limit)
      throw new NetZeroError(
        'RATE_LIMITED',
        'too many sign-in attempts from this address; wait a few minutes',
        [],
      );
  }
}
