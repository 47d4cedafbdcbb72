import type { Kysely } from 'kysely';
import {
  clearLoginFailures,
  countLoginFailure,
  deleteStaleLoginFailures,
  lockedUntil,
} from '../../db/accounts/login-throttle.js';
import type { Tables } from '../../db/tables.js';
import { NetZeroError } from '../../core/errors.js';

/**
 * Five wrong passwords in a row lock the name for fifteen minutes, at the address they came
 * from only: an attacker elsewhere cannot lock the real user (an administrator included) out.
 * Names that do not exist count alike, so a lockout tells nothing about which names are real.
 */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** Who a failure counts against. The table's username column holds this key. */
export interface SignInAttempt {
  city: string;
  username: string;
  /** The client's address (client-address.ts). */
  address: string;
}

/** Name and address in one key; an address holds no newline, so no two attempts share a key. */
const throttleKey = (a: SignInAttempt) => `${a.username}\n${a.address}`;

/** Refuses a sign-in while the (city, username, address) triple is locked. */
export async function assertNotLocked(
  db: Kysely<Tables>,
  attempt: SignInAttempt,
  now: Date,
): Promise<void> {
  const { username } = attempt;
  const until = await lockedUntil(db, attempt.city, throttleKey(attempt));
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
  attempt: SignInAttempt,
  now: Date,
): Promise<void> {
  await countLoginFailure(db, attempt.city, throttleKey(attempt), now, {
    maxFailures: MAX_FAILURES,
    windowMinutes: LOCK_MINUTES,
  });
}

/** A successful sign-in forgets that address's failures for the name. */
export async function clearFailures(db: Kysely<Tables>, attempt: SignInAttempt): Promise<void> {
  await clearLoginFailures(db, attempt.city, throttleKey(attempt));
}

/** Forgets the city's failures older than the window: they lock nothing any more. */
export async function forgetStaleFailures(
  db: Kysely<Tables>,
  city: string,
  now: Date,
): Promise<void> {
  await deleteStaleLoginFailures(db, city, new Date(now.getTime() - LOCK_MINUTES * 60_000));
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
