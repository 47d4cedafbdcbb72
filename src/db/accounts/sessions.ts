import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import { deleteCityRows, selectCityRows } from '../city-scope.js';

/** A signed-in session as stored: the token only as its hash, so a database leak signs no one in. */
export interface StoredSession {
  city: string;
  tokenHash: string;
  username: string;
  csrfToken: string;
  expiresAt: string;
}

export async function insertSession(db: Kysely<Tables>, session: StoredSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      city_id: session.city,
      token_hash: session.tokenHash,
      username: session.username,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The session of a token hash, expired or not (the caller compares with its clock). */
export async function findSession(
  db: Kysely<Tables>,
  city: string,
  tokenHash: string,
): Promise<StoredSession | undefined> {
  const row = await selectCityRows(db, 'sessions', city)
    .select(['username', 'csrf_token', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return (
    row && {
      city,
      tokenHash,
      username: row.username,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
    }
  );
}

export async function deleteSession(
  db: Kysely<Tables>,
  city: string,
  tokenHash: string,
): Promise<void> {
  await deleteCityRows(db, 'sessions', city).where('token_hash', '=', tokenHash).execute();
}

/** Sessions past their expiry open nothing; deleting them keeps the table to live ones. */
export async function deleteExpiredSessions(
  db: Kysely<Tables>,
  city: string,
  now: Date,
): Promise<void> {
  await deleteCityRows(db, 'sessions', city).where('expires_at', '<=', now.toISOString()).execute();
}
