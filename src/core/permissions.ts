/**
 * Who may do what, as a pure rule: the server authorizes with it, the web decides which pages
 * and buttons to show with it, the CLI checks `--as` with it. Published data needs no rule:
 * anyone may read it. Everything else is per city: a user acts only in the city of their
 * account, whatever their role there.
 */
import { roles, type Role } from './vocabulary/lists.js';

export { roles, type Role };

const allowed = {
  'users.manage': ['admin'],
  'rounds.read': ['admin', 'reviewer', 'agency_editor'],
  'rounds.manage': ['admin'],
  'rounds.overdue': ['admin', 'reviewer'],
  // Agency editors: only their agencies' measures (agencyScoped below).
  'submissions.read': ['admin', 'reviewer', 'agency_editor'],
  'submissions.edit': ['admin', 'agency_editor'],
  'submissions.review': ['admin'],
  'submissions.comment': ['admin', 'reviewer'],
  'audit.read': ['admin', 'reviewer'],
  'audit.verify': ['admin'],
  // Draft inventories and draft carbon budgets; published ones are anyone's.
  'emissions.drafts': ['admin', 'reviewer'],
  'emissions.manage': ['admin'],
  // The secretariat generates results reports; reviewers may read and download them.
  'reports.generate': ['admin'],
  'reports.read': ['admin', 'reviewer'],
  // The committee (推動會): the secretariat records meetings and follows points up.
  'committee.manage': ['admin'],
  'committee.read': ['admin', 'reviewer'],
  // Unpublished meetings and minutes; a committee member only those of their terms.
  'committee.drafts': ['admin', 'reviewer', 'committee_member'],
  // A member's comment: any member's by the secretariat, a member's own written one by them.
  'committee.comment': ['admin', 'committee_member'],
  // Agency clerks: only their agencies' assignments (agencyScoped below).
  'committee.agency': ['admin', 'reviewer', 'agency_editor'],
  'committee.reply': ['admin', 'agency_editor'],
  // Registries: the secretariat defines kinds; an agency's clerks import their own registries'
  // cases (agencyScoped below); published cases are anyone's to read.
  'registries.define': ['admin'],
  'registries.import': ['admin', 'agency_editor'],
  // A registry's private fields (a person's data): the secretariat and the keeping agency.
  'registries.private': ['admin', 'reviewer', 'agency_editor'],
  // The credits ledger (減量額度): the secretariat records offset projects and moves credits;
  // reviewers read all of it. Anyone reads registered projects, issues and retirements.
  'credits.manage': ['admin'],
  'credits.read': ['admin', 'reviewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof allowed;
export const actions = Object.keys(allowed) as Action[];

/** Actions an agency editor may take only on their own agencies' measures. */
const agencyScoped: ReadonlySet<Action> = new Set<Action>([
  'submissions.read',
  'submissions.edit',
  'committee.agency',
  'committee.reply',
  'registries.import',
  'registries.private',
]);

/** Who is asking: the signed-in account (SessionUser has these fields). */
export interface Actor {
  city: string;
  role: Role;
  agencies: readonly string[];
}

/** The roles that may take `action` (in their own city). */
export function rolesFor(action: Action): readonly Role[] {
  return allowed[action];
}

export function isAgencyScoped(action: Action): boolean {
  return agencyScoped.has(action);
}

/**
 * Whether `user` may take `action` in `city`. `agency` is the agency the thing belongs to, for
 * agency-scoped actions (null: it belongs to none); left out, only the role is checked — the
 * answer for "may this user do this to some of the city's measures".
 *
 * @example can(epbClerk, 'kaohsiung', 'submissions.edit', 'edb') // false: not their agency
 */
export function can(
  user: Actor | null,
  city: string,
  action: Action,
  agency?: string | null,
): boolean {
  if (!user || user.city !== city || !rolesFor(action).includes(user.role)) return false;
  if (user.role === 'agency_editor' && agencyScoped.has(action) && agency !== undefined)
    return agency !== null && user.agencies.includes(agency);
  return true;
}

/** Agency editors see only their agencies; everyone else allowed to read sees all. */
export function agencyFilter(user: Actor): readonly string[] | null {
  return user.role === 'agency_editor' ? user.agencies : null;
}
