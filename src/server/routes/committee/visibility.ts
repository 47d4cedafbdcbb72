import type { SessionUser } from '../../../contracts/api/session.js';
import { notFound } from '../../../core/errors.js';
import { listMeetings, type MeetingVisibility } from '../../../db/committee/meetings.js';
import { memberOfAccount } from '../../../db/committee/members.js';
import type { ServerDeps } from '../../context.js';
import { can } from '../../policies.js';

/**
 * Which meetings the caller may read: anyone the published ones; the secretariat and reviewers
 * all; a committee member also the unpublished meetings of their terms.
 */
export async function visibilityOf(
  deps: ServerDeps,
  user: SessionUser | null,
  city: string,
): Promise<MeetingVisibility> {
  if (!user || !can(user, city, 'committee.drafts')) return 'published';
  if (user.role !== 'committee_member') return 'all';
  const member = await memberOfAccount(deps.db, city, user.username);
  return { terms: member?.terms ?? [] };
}

/**
 * The meeting if the caller may read it; NOT_FOUND otherwise, the same answer as for a meeting
 * that does not exist, so an unpublished meeting's existence is not disclosed.
 */
export async function visibleMeeting(
  deps: ServerDeps,
  user: SessionUser | null,
  city: string,
  code: string,
) {
  const visibility = await visibilityOf(deps, user, city);
  const [meeting] = await listMeetings(deps.db, city, visibility, code);
  if (!meeting) throw notFound(`meeting "${code}" of the committee of ${city}`);
  return { meeting, visibility };
}
