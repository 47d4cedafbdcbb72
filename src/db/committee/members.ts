import type { Kysely } from 'kysely';
import { checkEmailAddress } from '../../core/committee/checks.js';
import { invalid, NetZeroError } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';

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
      const user = await selectCityRows(trx, 'users', city)
        .select('username')
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
    const row = await selectCityRows(trx, 'committee_members', city)
      .select(['id', 'email', 'username'])
      .where('name', '=', member)
      .executeTakeFirst();
    if (!row) throw unknownMember(city, member);
    await check?.(trx);
    await updateCityRows(trx, 'committee_members', city)
      .set(change)
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
  const member = await selectCityRows(db, 'committee_members', city)
    .select(['id', 'name'])
    .where('name', '=', name)
    .executeTakeFirst();
  if (!member) throw invalid(path, `"${name}" is not a member of the committee`);
  const terms = await selectCityRows(db, 'committee_member_terms', city)
    .select('term')
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
  const row = await selectCityRows(db, 'committee_members', city)
    .select('name')
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
    selectCityRows(db, 'committee_members', city)
      .select(['id', 'name', 'title', 'role', 'category', 'email', 'username'])
      .orderBy('position')
      .execute(),
    selectCityRows(db, 'committee_member_terms', city)
      .select(['member_id', 'term'])
      .orderBy('position')
      .execute(),
  ]);
  return members.map(({ id, ...m }) => ({
    ...m,
    terms: terms.filter((t) => t.member_id === id).map((t) => t.term),
  }));
}
