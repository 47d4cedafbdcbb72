import type { SessionUser } from '../contracts/api/session.js';
import { forbidden, NetZeroError } from '../core/errors.js';
import { can, isAgencyScoped, type Action } from '../core/permissions.js';

export { agencyFilter, can, type Action } from '../core/permissions.js';

/**
 * The server's use of the one permission rule (src/core/permissions.ts): UNAUTHENTICATED for
 * anonymous callers, FORBIDDEN with the reason for the rest who may not.
 */
export function authorize(
  user: SessionUser | null,
  city: string,
  action: Action,
  agency?: string | null,
): SessionUser {
  if (!user) throw new NetZeroError('UNAUTHENTICATED', 'sign in first (POST /api/v1/session)');
  if (!can(user, city, action, agency)) {
    const why =
      user.city !== city
        ? `your account belongs to ${user.city}, not ${city}`
        : agency !== undefined && user.role === 'agency_editor' && isAgencyScoped(action)
          ? `this measure belongs to ${agency ?? 'no agency'}, not to your agencies (${user.agencies.join(', ')})`
          : `a ${user.role} may not do ${action}`;
    throw forbidden(`forbidden: ${why}`);
  }
  return user;
}
