import type { Role } from '../contracts/api/common.js';
import type { SessionUser } from '../contracts/api/session.js';
import { ApiFailure } from './errors.js';

/**
 * Who may do what, in one place (tested as a matrix in authorization.test.ts). Published data
 * needs no rule: anyone may read it. Everything else is per city: a user acts only in the city
 * of their account, whatever their role there.
 */
export type Action =
  | 'users.manage'
  | 'rounds.read'
  | 'rounds.manage'
  | 'rounds.overdue'
  | 'submissions.read'
  | 'submissions.edit'
  | 'submissions.review'
  | 'submissions.comment'
  | 'audit.read'
  | 'audit.verify'
  | 'emissions.drafts'
  | 'emissions.manage'
  // Results report downloads (report-downloads).
  | 'reports.generate'
  | 'reports.read';

const allowed: Record<Action, readonly Role[]> = {
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
};

const agencyScoped = new Set<Action>(['submissions.read', 'submissions.edit']);

export function can(
  user: SessionUser | null,
  city: string,
  action: Action,
  agency?: string | null,
): boolean {
  if (!user || user.city !== city || !allowed[action].includes(user.role)) return false;
  if (user.role === 'agency_editor' && agencyScoped.has(action) && agency !== undefined)
    return agency !== null && user.agencies.includes(agency);
  return true;
}

/** Throws UNAUTHENTICATED for anonymous callers, FORBIDDEN for the rest who may not. */
export function authorize(
  user: SessionUser | null,
  city: string,
  action: Action,
  agency?: string | null,
): SessionUser {
  if (!user) throw new ApiFailure('UNAUTHENTICATED', 'sign in first (POST /api/v1/session)');
  if (!can(user, city, action, agency)) {
    const why =
      user.city !== city
        ? `your account belongs to ${user.city}, not ${city}`
        : agency !== undefined && user.role === 'agency_editor' && agencyScoped.has(action)
          ? `this measure belongs to ${agency ?? 'no agency'}, not to your agencies (${user.agencies.join(', ')})`
          : `a ${user.role} may not do ${action}`;
    throw new ApiFailure('FORBIDDEN', `forbidden: ${why}`);
  }
  return user;
}

/** Agency editors see only their agencies; everyone else allowed to read sees all. */
export function agencyFilter(user: SessionUser): readonly string[] | null {
  return user.role === 'agency_editor' ? user.agencies : null;
}
