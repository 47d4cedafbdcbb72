import { committeeLinkEndpoints as e } from '../../../contracts/api/endpoints/committee-links.js';
import type { PointReference } from '../../../core/committee/follow-up-record.js';
import { invalid } from '../../../core/errors.js';
import {
  linkPointToSector,
  unlinkPointFromMeasure,
  unlinkPointFromSector,
} from '../../../db/committee/point-links.js';
import { route } from '../../route.js';

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

/** A point's links to measures and sectors (its agencies are its concerns and assignments). */
export const committeeLinkRoutes = [
  route(e.unlinkMeasure, {
    handle: async ({ deps, user, params: { city, meeting }, query }) => {
      const measure = { plan: query.plan, sector: query.sector, no: query.no };
      await unlinkPointFromMeasure(deps.db, city, pointOf(meeting, query), measure, user.username);
      return ok;
    },
  }),
  route(e.linkSector, {
    handle: async ({ deps, user, params: { city, meeting }, body: { subject, sector } }) => {
      if (subject.kind !== 'point')
        throw invalid('subject.kind', 'only a member’s point is linked to a sector');
      await linkPointToSector(deps.db, city, { ...subject, meeting }, sector, user.username);
      return ok;
    },
  }),
  route(e.unlinkSector, {
    handle: async ({ deps, user, params: { city, meeting }, query }) => {
      await unlinkPointFromSector(
        deps.db,
        city,
        pointOf(meeting, query),
        query.sector,
        user.username,
      );
      return ok;
    },
  }),
];
