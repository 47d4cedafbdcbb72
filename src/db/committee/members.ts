import type { Kysely } from 'kysely';
import { checkEmailAddress } from '../../core/committee/checks.js';
import { invalid, NetZeroError } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';

const unknownMember = (city: string, member: string) =>
  new NetZeroError('NOT_FOUND', `member: no committee member "${member}" in ${city}`, [
    { path: 'member', message: 'not found' },
  ]);

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
  await changeMember(
    db,
    city,
    member,
    { username },
    'committee.member_link',
    actor,
    async (trx) => {
      if (username === null) return;
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
    },
  );
}

/**
 * Sets a member's e-mail address for reminders (checked: a clear error says what is wrong with
 * one that is not an address; null removes it), audited. Refused: an unknown member.
 */
export async function setMemberEmail(
  db: Kysely<Tables>,
  city: string,
  member: string,
  email: string | null,
  actor: string,
): Promise<void> {
  const address = email === null ? null : checkEmailAddress(email, 'email');
  await changeMember(db, city, member, { email: address }, 'committee.member_update', actor);
}

/** One change to a member's row in one transaction with its audit entry, after `check`. */
async function changeMember(
  db: Kysely<Tables>,
  city: string,
  member: string,
  change: { email: string | null } | { username: string | null },
  action: 'committee.member_link' | 'committee.member_update',
  actor: string,
  check?: (trx: Kysely<Tables>) => Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('committee_members')
      .select(['id', 'email', 'username'])
      .where('city_id', '=', city)
      .where('name', '=', member)
      .executeTakeFirst();
    if (!row) throw unknownMember(city, member);
    await check?.(trx);
    await trx
      .updateTable('committee_members')
      .set(change)
      .where('city_id', '=', city)
      .where('id', '=', row.id)
      .execute();
    const before = 'email' in change ? { email: row.email } : { username: row.username };
    await appendAudit(trx, {
      city,
      actor,
      action,
      entity: 'committee_member',
      entityKey: member,
      before,
      after: change,
    });
  });
}

/** A member by name with the terms they serve on, or VALIDATION_FAILED at `path`. */
export async function memberByName(
  db: Kysely<Tables>,
  city: string,
  name: string,
  path: string,
): Promise<{ id: number; name: string; terms: number[] }> {
  const member = await db
    .selectFrom('committee_members')
    .select(['id', 'name'])
    .where('city_id', '=', city)
    .where('name', '=', name)
    .executeTakeFirst();
  if (!member) throw invalid(path, `"${name}" is not a member of the committee`);
  const terms = await db
    .selectFrom('committee_member_terms')
    .select('term')
    .where('city_id', '=', city)
    .where('member_id', '=', member.id)
    .orderBy('position')
    .execute();
  return { ...member, terms: terms.map((t) => t.term) };
}

/** The committee member whose account this is, or null. */
export async function memberOfAccount(
  db: Kysely<Tables>,
  city: string,
  username: string,
): Promise<{ id: number; name: string; terms: number[] } | null> {
  const row = await db
    .selectFrom('committee_members')
    .select('name')
    .where('city_id', '=', city)
    .where('username', '=', username)
    .executeTakeFirst();
  return row ? memberByName(db, city, row.name, 'member') : null;
}

export interface MemberView {
  name: string;
  title: string | null;
  role: string;
  category: string | null;
  terms: number[];
  email: string | null;
  username: string | null;
}

/** The committee's members in their recorded order, with their terms. */
export async function listMembers(db: Kysely<Tables>, city: string): Promise<MemberView[]> {
  const [members, terms] = await Promise.all([
    db
      .selectFrom('committee_members')
      .select(['id', 'name', 'title', 'role', 'category', 'email', 'username'])
      .where('city_id', '=', city)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('committee_member_terms')
      .select(['member_id', 'term'])
      .where('city_id', '=', city)
      .orderBy('position')
      .execute(),
  ]);
  return members.map(({ id, ...m }) => ({
    ...m,
    terms: terms.filter((t) => t.member_id === id).map((t) => t.term),
  }));
}
