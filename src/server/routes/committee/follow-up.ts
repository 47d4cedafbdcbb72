import { committeeEndpoints as e } from '../../../contracts/api/endpoints/committee.js';
import type { FollowUpSubjectInput } from '../../../contracts/api/committee.js';
import type { FollowUpSubject } from '../../../core/committee/follow-up-record.js';
import { todayInTaiwan, type IsoDate } from '../../../core/dates.js';
import { notFound, staleVersion } from '../../../core/errors.js';
import {
  assignToAgencies,
  closeAssignment,
  keepOpen,
  listOverdue,
  publishMinutes,
  replyToAssignment,
  setMinutesSent,
  subjectKey,
} from '../../../db/committee/follow-up.js';
import { listAssignments } from '../../../db/committee/list-assignments.js';
import { listMeetings } from '../../../db/committee/meetings.js';
import {
  listReminders,
  loadRemindableRecords,
  loadSentReminders,
} from '../../../db/committee/reminders.js';
import { shippedWorkingCalendar } from '../../../db/committee/calendar.js';
import { listAgencies } from '../../../db/city/agencies.js';
import { planReminders } from '../../../core/committee/reminders.js';
import { describeUncounted } from '../../jobs/remind-agencies.js';
import type { ServerDeps } from '../../context.js';
import { route } from '../../route.js';
import { presentAssignment } from './present.js';

const today = (deps: ServerDeps) => todayInTaiwan(deps.now());

/** The subject as the API names it, in a meeting. */
const inMeeting = (meeting: string, subject: FollowUpSubjectInput): FollowUpSubject => ({
  ...subject,
  meeting,
});

/**
 * The assignment `id` (of `agency` when given, so a clerk reaches only their own), checked
 * against the version the caller saw (replies and decisions always send it).
 */
async function assignment(
  deps: ServerDeps,
  city: string,
  id: number,
  version: number | undefined,
  agency?: string,
) {
  // Checked here to answer with the whole assignment, and again under the row lock (db).
  const [found] = await listAssignments(deps.db, city, today(deps), {
    id,
    ...(agency === undefined ? {} : { agencies: [agency] }),
  });
  if (!found) throw notFound(`assignment ${id}${agency ? ` of ${agency}` : ''}`);
  if (version !== undefined && version !== found.version)
    throw staleVersion(
      `assignment ${id} changed since you read it (version ${found.version}, not ${version})`,
      presentAssignment(found),
    );
  return found;
}

async function reread(deps: ServerDeps, city: string, id: number) {
  return presentAssignment(await assignment(deps, city, id, undefined));
}

/**
 * One step of an assignment's follow-up (a reply, 解除列管, 繼續列管) on the version the caller
 * read, dated today unless the caller dates it; then the assignment as it is now.
 */
async function followUpStep(
  deps: ServerDeps,
  city: string,
  id: number,
  sent: { version: number; date?: IsoDate | undefined },
  write: (target: FollowUpTarget, date: IsoDate) => Promise<unknown>,
  agency?: string,
) {
  const found = await assignment(deps, city, id, sent.version, agency);
  await write({ ...found, version: sent.version }, sent.date ?? today(deps));
  return reread(deps, city, id);
}

type FollowUpTarget = { subject: FollowUpSubject; agency: string; version: number };

/** The reminders the daily job cannot count on `asOf` (remindAgencies skips them), named. */
async function uncountedOn(deps: ServerDeps, city: string, asOf: IsoDate) {
  const [records, sent, calendar, agencies] = await Promise.all([
    loadRemindableRecords(deps.db, city),
    loadSentReminders(deps.db, city),
    shippedWorkingCalendar(),
    listAgencies(deps.db, city),
  ]);
  const names = new Map(agencies.map((a) => [a.code, a.name]));
  return planReminders(records, sent, asOf, calendar).uncounted.map((u) => {
    const named = describeUncounted(u);
    return { ...named, agencyName: names.get(named.agency) ?? named.agency };
  });
}

/** Assignments, replies and closures; minutes sent and published; the overdue list. */
export const committeeFollowUpRoutes = [
  route(e.assign, {
    handle: async ({ deps, user, params: { city, meeting }, body }) => {
      const subject = inMeeting(meeting, body.subject);
      const assignment = {
        subject,
        agencies: body.agencies,
        ...(body.dueDate ? { dueDate: body.dueDate } : {}),
      };
      await assignToAgencies(deps.db, city, assignment, user.username);
      const all = await listAssignments(deps.db, city, today(deps), {
        meeting,
        agencies: body.agencies,
      });
      const key = subjectKey(subject);
      return all.filter((a) => subjectKey(a.subject) === key).map(presentAssignment);
    },
  }),
  route(e.setMinutesSent, {
    handle: async ({ deps, user, params: { city, meeting }, body }) => {
      const options = body.replyDays === undefined ? {} : { replyDays: body.replyDays };
      const dueDate = await setMinutesSent(
        deps.db,
        city,
        meeting,
        body.sentOn,
        user.username,
        options,
      );
      return { sentOn: body.sentOn, dueDate };
    },
  }),
  route(e.publishMinutes, {
    handle: async ({ deps, user, params: { city, meeting }, body }) => {
      await publishMinutes(deps.db, city, meeting, body.publishedOn ?? today(deps), user.username);
      const [summary] = await listMeetings(deps.db, city, 'all', meeting);
      if (!summary) throw notFound(`meeting "${meeting}"`);
      return summary;
    },
  }),
  route(e.listAssignments, {
    handle: async ({ deps, params: { city }, query }) => {
      const { agency, asOf, ...filter } = query;
      const views = await listAssignments(deps.db, city, asOf ?? today(deps), {
        ...filter,
        ...(agency === undefined ? {} : { agencies: [agency] }),
      });
      return views.map(presentAssignment);
    },
  }),
  route(e.closeAssignment, {
    handle: ({ deps, user, params: { city, id }, body }) =>
      followUpStep(deps, city, id, body, (target, date) =>
        closeAssignment(deps.db, city, target, { text: body.note, date }, user.username),
      ),
  }),
  route(e.keepOpen, {
    handle: ({ deps, user, params: { city, id }, body }) =>
      followUpStep(deps, city, id, body, (target, date) =>
        keepOpen(deps.db, city, target, { text: body.note, date }, user.username),
      ),
  }),
  route(e.committeeOverdue, {
    handle: async ({ deps, params: { city }, query }) => {
      const asOf = query.asOf ?? today(deps);
      const [counts, late, uncountedReminders] = await Promise.all([
        listOverdue(deps.db, city, asOf),
        listAssignments(deps.db, city, asOf, { overdueOnly: true }),
        uncountedOn(deps, city, asOf),
      ]);
      return {
        asOf,
        uncountedReminders,
        agencies: counts.map((count) => {
          const mine = late.filter((a) => a.agency === count.agency);
          return {
            ...count,
            agencyName: mine[0]?.agencyName ?? count.agency,
            assignments: mine.map(presentAssignment),
          };
        }),
      };
    },
  }),
  route(e.agencyAssignments, {
    agencyOf: ({ params }) => Promise.resolve(params.agency),
    handle: async ({ deps, params: { city, agency }, query }) => {
      const { asOf, ...filter } = query;
      const views = await listAssignments(deps.db, city, asOf ?? today(deps), {
        ...filter,
        agencies: [agency],
      });
      return views.map(presentAssignment);
    },
  }),
  route(e.agencyReminders, {
    agencyOf: ({ params }) => Promise.resolve(params.agency),
    handle: async ({ deps, params: { city, agency } }) =>
      (await listReminders(deps.db, city, agency)).map((r) => ({
        assignment: r.assignment,
        kind: r.kind,
        round: r.round,
        dueDate: r.dueDate,
        sentOn: r.sentOn,
        daysOverdue: r.daysOverdue,
        mailed: r.mailedTo.length > 0,
      })),
  }),
  route(e.replyToAssignment, {
    agencyOf: ({ params }) => Promise.resolve(params.agency),
    handle: ({ deps, user, params: { city, agency, id }, body }) =>
      followUpStep(
        deps,
        city,
        id,
        body,
        (target, date) =>
          replyToAssignment(deps.db, city, target, { text: body.text, date }, user.username),
        agency,
      ),
  }),
];
