import { committeeLinkEndpoints as e } from '../../../contracts/api/endpoints/committee-links.js';
import type { FollowUpSubjectInput } from '../../../contracts/api/committee.js';
import type { PointReference } from '../../../core/committee/follow-up-record.js';
import { invalid } from '../../../core/errors.js';
import { indicatorLinks, sectorLinks } from '../../../db/committee/code-links.js';
import { measureLinks } from '../../../db/committee/point-measures.js';
import { route } from '../../route.js';
import { presentLinkedPoint } from './present.js';

/** A point of `meeting` named in a query string. */
const pointOf = (
  meeting: string,
  q: { item: number; comment: number; point: number; subPoint?: string | undefined },
): PointReference => ({
  kind: 'point',
  meeting,
  item: q.item,
  comment: q.comment,
  point: q.point,
  subPoint: q.subPoint ?? null,
});

const ok = { ok: true } as const;

/** Only a member's point is linked (a resolution is followed through its assignments). */
export function pointSubject(subject: FollowUpSubjectInput, what: string) {
  if (subject.kind !== 'point')
    throw invalid('subject.kind', `only a member’s point is linked to ${what}`);
  return subject;
}

/**
 * A point's links to measures, sectors and indicators (its agencies are its concerns and
 * assignments), and what public pages show of them: points of published minutes only.
 */
export const committeeLinkRoutes = [
  route(e.unlinkMeasure, {
    handle: async ({ deps, user, params: { city, meeting }, query }) => {
      const measure = { plan: query.plan, sector: query.sector, no: query.no };
      await measureLinks.unlink(deps.db, city, pointOf(meeting, query), measure, user.username);
      return ok;
    },
  }),
  route(e.linkSector, {
    handle: async ({ deps, user, params: { city, meeting }, body: { subject, sector } }) => {
      const point = { ...pointSubject(subject, 'a sector'), meeting };
      await sectorLinks.link(deps.db, city, point, sector, user.username);
      return ok;
    },
  }),
  route(e.unlinkSector, {
    handle: async ({ deps, user, params: { city, meeting }, query }) => {
      await sectorLinks.unlink(deps.db, city, pointOf(meeting, query), query.sector, user.username);
      return ok;
    },
  }),
  route(e.linkIndicator, {
    handle: async ({ deps, user, params: { city, meeting }, body: { subject, indicator } }) => {
      const point = { ...pointSubject(subject, 'an indicator'), meeting };
      await indicatorLinks.link(deps.db, city, point, indicator, user.username);
      return ok;
    },
  }),
  route(e.unlinkIndicator, {
    handle: async ({ deps, user, params: { city, meeting }, query }) => {
      const point = pointOf(meeting, query);
      await indicatorLinks.unlink(deps.db, city, point, query.indicator, user.username);
      return ok;
    },
  }),
  route(e.indicatorCommitteePoints, {
    handle: async ({ deps, params: { city, indicator } }) =>
      (await indicatorLinks.list(deps.db, city, indicator, true)).map(presentLinkedPoint),
  }),
  route(e.sectorCommitteePoints, {
    handle: async ({ deps, params: { city, sector } }) =>
      (await sectorLinks.list(deps.db, city, sector, true)).map(presentLinkedPoint),
  }),
];
