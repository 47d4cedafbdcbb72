import type { Kysely } from 'kysely';
import { countLoginFailure, lockedUntil } from '../../db/accounts/login-throttle.js';
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
  const until = await lockedUntil(db, city, username);
  if (until && Date.parse(until) > now.getTime())
    throw new NetZeroError(
      'RATE_LIMITED',
      `too many failed sign-ins for "${username}": locked until ${until}; try again later or ask an administrator`,
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
  await countLoginFailure(db, city, username, now, {
    maxFailures: MAX_FAILURES,
    windowMinutes: LOCK_MINUTES,
  });
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
