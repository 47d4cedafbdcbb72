import type { SessionUser } from '../../../contracts/api/session.js';
import type { SubmissionDetail } from '../../../contracts/api/submissions.js';
import { isEditableSubmissionState } from '../../../core/vocabulary/lists.js';

/**
 * Which controls to show. The server enforces the same rules (and is the one that counts);
 * these only keep people from filling in a form the server would refuse.
 */
export function canEdit(user: SessionUser, detail: SubmissionDetail): boolean {
  if (!isEditableSubmissionState(detail.state)) return false;
  if (user.role === 'admin') return true;
  return (
    user.role === 'agency_editor' &&
    detail.agencyCode !== null &&
    user.agencies.includes(detail.agencyCode)
  );
}

export function canReview(user: SessionUser, detail: SubmissionDetail): boolean {
  return user.role === 'admin' && detail.state === 'submitted';
}

/** The agency's Excel template (download and upload): the secretariat and the agency's clerks. */
export function canUseTemplate(user: SessionUser, detail: SubmissionDetail): boolean {
  if (detail.agencyCode === null) return false;
  return (
    user.role === 'admin' ||
    (user.role === 'agency_editor' && user.agencies.includes(detail.agencyCode))
  );
}
