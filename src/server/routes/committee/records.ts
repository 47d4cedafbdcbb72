import { committeeEndpoints as e } from '../../../contracts/api/endpoints/committee.js';
import { forbidden, invalid } from '../../../core/errors.js';
import { addComment } from '../../../db/committee/add-comment.js';
import { addResolution } from '../../../db/committee/add-resolution.js';
import {
  linkMemberAccount,
  listMembers,
  memberOfAccount,
  setMemberEmail,
} from '../../../db/committee/members.js';
import { listMeetings } from '../../../db/committee/meetings.js';
import { measureLinks } from '../../../db/committee/point-measures.js';
import {
  addAgendaItem,
  agendaItemOf,
  recordMeeting,
  setRuling,
} from '../../../db/committee/record-meeting.js';
import type { ServerDeps } from '../../context.js';
import { route } from '../../route.js';
import { pointSubject } from './links.js';
import { presentLinkedPoint } from './present.js';
import { notFound } from '../../../core/errors.js';

async function meetingSummary(deps: ServerDeps, city: string, code: string) {
  const [meeting] = await listMeetings(deps.db, city, 'all', code);
  if (!meeting) throw notFound(`meeting "${code}"`);
  return meeting;
}

async function agendaItem(deps: ServerDeps, city: string, meeting: string, number: number) {
  const row = await agendaItemOf(deps.db, city, meeting, number);
  return {
    meeting,
    number: row.number,
    kind: row.kind,
    title: row.title,
    presentingAgency: row.presenting_agency,
    ruling: row.ruling,
  };
}

/** The secretariat records a meeting piece by piece; members hand in written comments. */
export const committeeRecordRoutes = [
  route(e.createMeeting, {
    handle: async ({ deps, user, params: { city }, body }) => {
      await recordMeeting(deps.db, city, body, user.username);
      return meetingSummary(deps, city, body.code);
    },
  }),
  route(e.addAgendaItem, {
    handle: async ({ deps, user, params: { city, meeting }, body }) => {
      const number = await addAgendaItem(deps.db, city, meeting, body, user.username);
      return agendaItem(deps, city, meeting, number);
    },
  }),
  route(e.setRuling, {
    handle: async ({ deps, user, params: { city, meeting, item }, body }) => {
      await setRuling(deps.db, city, meeting, item, body.ruling, user.username);
      return agendaItem(deps, city, meeting, item);
    },
  }),
  route(e.addCommitteeComment, {
    handle: async ({ deps, user, params: { city, meeting, item }, body }) => {
      let member = body.member;
      if (user.role === 'committee_member') {
        // A member writes only their own written comments (書面意見), before or after the meeting.
        const own = await memberOfAccount(deps.db, city, user.username);
        if (!own) throw forbidden('forbidden: your account is not linked to a committee member');
        if (member !== undefined && member !== own.name)
          throw forbidden(`forbidden: you may hand in comments only as ${own.name}`);
        if (body.channel !== 'written')
          throw invalid(
            'channel',
            'a member hands in written comments; oral ones are recorded by the secretariat',
          );
        member = own.name;
      }
      if (member === undefined) throw invalid('member', 'name the member who made the comment');
      const comment = { ...body, member };
      const number = await addComment(deps.db, city, meeting, item, comment, user.username);
      return { ...comment, meeting, item, number, points: body.points.length };
    },
  }),
  route(e.addResolution, {
    handle: async ({ deps, user, params: { city, meeting }, body }) => {
      const number = await addResolution(deps.db, city, meeting, body, user.username);
      return { meeting, number, text: body.text };
    },
  }),
  route(e.linkMeasure, {
    handle: async ({ deps, user, params: { city, meeting }, body }) => {
      const { subject, ...measure } = body;
      const point = { ...pointSubject(subject, 'a measure'), meeting };
      await measureLinks.link(deps.db, city, point, measure, user.username);
      const points = await measureLinks.list(deps.db, city, measure, false);
      return points.map(presentLinkedPoint);
    },
  }),
  route(e.listMembers, { handle: ({ deps, params: { city } }) => listMembers(deps.db, city) }),
  route(e.updateMember, {
    handle: async ({ deps, user, params: { city, member }, body }) => {
      if (body.email !== undefined)
        await setMemberEmail(deps.db, city, member, body.email, user.username);
      if (body.username !== undefined)
        await linkMemberAccount(deps.db, city, member, body.username, user.username);
      const found = (await listMembers(deps.db, city)).find((m) => m.name === member);
      if (!found) throw notFound(`committee member "${member}"`);
      return found;
    },
  }),
];
