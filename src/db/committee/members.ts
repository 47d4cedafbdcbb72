import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';

/**
 * Links a committee member to a user account of the same city (null unlinks), so the member can
 * sign in and hand in written comments. Refused: an unknown member, a user of no such name in
 * the city (the foreign key includes the city, so another city's account never fits).
 */
export async function linkMemberAccount(
  db: Kysely<Tables>,
  city: string,
  member: string,
  username: string | null,
  actor: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('committee_members')
      .select(['id', 'username'])
      .where('city_id', '=', city)
      .where('name', '=', member)
      .executeTakeFirst();
    if (!row)
      throw new NetZeroError('NOT_FOUND', `member: no committee member "${member}" in ${city}`, [
        { path: 'member', message: 'not found' },
      ]);
    if (username !== null) {
      const user = await trx
        .selectFrom('users')
        .select('username')
        .where('city_id', '=', city)
        .where('username', '=', username)
        .executeTakeFirst();
      if (!user)
        throw new NetZeroError('NOT_FOUND', `username: no user "${username}" in ${city}`, [
          { path: 'username', message: 'not found' },
        ]);
    }
    await trx
      .updateTable('committee_members')
      .set({ username })
      .where('city_id', '=', city)
      .where('id', '=', row.id)
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'committee.member_link',
      entity: 'committee_member',
      entityKey: member,
      before: { username: row.username },
      after: { username },
    });
  });
}
