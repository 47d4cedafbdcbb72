import { describe, expect, it } from 'vitest';
import { actions, agencyFilter, can, type Action, type Actor } from './permissions.js';

const user = (role: Actor['role'], agencies: string[] = [], city = 'kaohsiung'): Actor => ({
  city,
  role,
  agencies,
});
const admin = user('admin');
const reviewer = user('reviewer');
const viewer = user('viewer');
const epbClerk = user('agency_editor', ['epb']);
const member = user('committee_member');

/** Who may do each action in their own city, written out a second time as the test's oracle. */
const expected: Record<Action, readonly Actor[]> = {
  'users.manage': [admin],
  'rounds.read': [admin, reviewer, epbClerk],
  'rounds.manage': [admin],
  'rounds.overdue': [admin, reviewer],
  'submissions.read': [admin, reviewer, epbClerk],
  'submissions.edit': [admin, epbClerk],
  'submissions.review': [admin],
  'submissions.comment': [admin, reviewer],
  'audit.read': [admin, reviewer],
  'audit.verify': [admin],
  'emissions.drafts': [admin, reviewer],
  'emissions.manage': [admin],
  'reports.generate': [admin],
  'reports.read': [admin, reviewer],
  'committee.manage': [admin],
  'committee.read': [admin, reviewer],
  'committee.drafts': [admin, reviewer, member],
  'committee.comment': [admin, member],
  'committee.agency': [admin, reviewer, epbClerk],
  'committee.reply': [admin, epbClerk],
  'registries.define': [admin],
  'registries.import': [admin, epbClerk],
  'registries.private': [admin, reviewer, epbClerk],
  'credits.manage': [admin],
  'credits.read': [admin, reviewer],
};

describe('can', () => {
  for (const action of actions)
    it(`lets exactly the expected roles do ${action}`, () => {
      for (const actor of [admin, reviewer, viewer, epbClerk, member])
        expect(can(actor, 'kaohsiung', action), `${actor.role} ${action}`).toBe(
          expected[action].includes(actor),
        );
    });

  it('refuses anonymous callers and everyone outside their own city', () => {
    for (const action of actions) {
      expect(can(null, 'kaohsiung', action)).toBe(false);
      expect(can(user('admin', [], 'taipei'), 'kaohsiung', action)).toBe(false);
    }
  });

  it("keeps an agency editor to their own agencies' measures", () => {
    expect(can(epbClerk, 'kaohsiung', 'submissions.edit', 'epb')).toBe(true);
    expect(can(epbClerk, 'kaohsiung', 'submissions.edit', 'edb')).toBe(false);
    expect(can(epbClerk, 'kaohsiung', 'submissions.read', null)).toBe(false);
    // Agencies matter only to agency editors.
    expect(can(admin, 'kaohsiung', 'submissions.edit', 'edb')).toBe(true);
    expect(can(reviewer, 'kaohsiung', 'submissions.read', null)).toBe(true);
    expect(can(epbClerk, 'kaohsiung', 'committee.reply', 'epb')).toBe(true);
    expect(can(epbClerk, 'kaohsiung', 'committee.reply', 'tb')).toBe(false);
    expect(can(epbClerk, 'kaohsiung', 'registries.private', 'epb')).toBe(true);
    expect(can(epbClerk, 'kaohsiung', 'registries.private', 'edb')).toBe(false);
  });

  it('filters lists by agency for agency editors only', () => {
    expect(agencyFilter(epbClerk)).toEqual(['epb']);
    expect(agencyFilter(reviewer)).toBeNull();
  });
});
