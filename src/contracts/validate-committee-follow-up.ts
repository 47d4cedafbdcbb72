import { nextFollowUpState, type FollowUpEvent } from '../core/committee/follow-up.js';
import type { FollowUpState } from '../core/committee/vocabulary.js';
import { compareDates } from '../core/dates.js';
import { NetZeroError } from '../core/errors.js';
import type { FollowUpSubjectDocument } from './committee-follow-up-document.js';
import type { MeetingDocument } from './committee-document.js';

/** The key of a measure a point may be linked to, as `measureKey` builds it. */
export const measureKey = (m: { plan: string; sector: string; no: number }) =>
  `${m.plan}/${m.sector}/${m.no}`;

/** A subject's key within its meeting: `1.2.3b` for a point, `resolution 4`. */
export function subjectKeyOf(subject: FollowUpSubjectDocument): string {
  return 'resolution' in subject
    ? `resolution ${subject.resolution}`
    : `${subject.item}.${subject.comment}.${subject.point}${subject.subPoint ?? ''}`;
}

/** The keys of every point, sub-point and resolution the meeting records. */
function subjectsOf(meeting: MeetingDocument): Set<string> {
  const keys = meeting.agendaItems.flatMap((a) =>
    a.comments.flatMap((c) =>
      c.points.flatMap((p) => {
        const point = { item: a.number, comment: c.number, point: p.number };
        return [point, ...p.subPoints.map((s) => ({ ...point, subPoint: s.letter }))];
      }),
    ),
  );
  return new Set([
    ...keys.map(subjectKeyOf),
    ...meeting.resolutions.map((r) => subjectKeyOf({ resolution: r.number })),
  ]);
}

export interface FollowUpContext {
  push: (path: string, message: string) => void;
  knownAgency: (path: string, code: string) => void;
  /** The city's measures (measureKey); links are not checked against them when absent. */
  measures?: ReadonlySet<string> | undefined;
}

/**
 * Checks a meeting's `followUp` against the meeting and the city: each subject is one of the
 * meeting's points or resolutions, each agency the city's, each (subject, agency) assigned once,
 * no due date before the meeting, the events replay from 'open' to the state given, each linked
 * measure is the city's. Problems go to `push` with their paths under `at`.
 */
export function validateFollowUp(meeting: MeetingDocument, at: string, ctx: FollowUpContext): void {
  const { push } = ctx;
  if (
    meeting.minutesPublishedOn !== undefined &&
    compareDates(meeting.minutesPublishedOn, meeting.date) < 0
  ) {
    push(
      `${at}.minutesPublishedOn`,
      `minutes published on ${meeting.minutesPublishedOn}, before the meeting of ${meeting.date}`,
    );
  }
  const followUp = meeting.followUp;
  if (!followUp) return;
  const subjects = subjectsOf(meeting);
  const assigned = new Set<string>();
  followUp.assignments.forEach((a, j) => {
    const aj = `${at}.followUp.assignments[${j}]`;
    const subject = subjectKeyOf(a.subject);
    if (!subjects.has(subject))
      push(`${aj}.subject`, `meeting "${meeting.code}" has no ${subject}`);
    ctx.knownAgency(`${aj}.agency`, a.agency);
    if (assigned.has(`${subject}@${a.agency}`))
      push(`${aj}.agency`, `${subject} is assigned to "${a.agency}" twice`);
    assigned.add(`${subject}@${a.agency}`);
    if (a.dueDate !== null && compareDates(a.dueDate, meeting.date) < 0)
      push(
        `${aj}.dueDate`,
        `the reply is due on ${a.dueDate}, before the meeting of ${meeting.date}`,
      );
    const state = replay(a.events, `${aj}.events`, push);
    if (state !== null && state !== a.state)
      push(`${aj}.state`, `the events lead to "${state}", not "${a.state}"`);
  });
  const checkLinks = <L extends FollowUpSubjectDocument>(
    kind: 'measures' | 'sectors' | 'indicators',
    links: readonly L[],
    target: (link: L) => string,
    more?: (link: L, path: string) => void,
  ) => {
    const linked = new Set<string>();
    links.forEach((link, k) => {
      const path = `${at}.followUp.${kind}[${k}]`;
      const subject = subjectKeyOf(link);
      if (!subjects.has(subject)) push(path, `meeting "${meeting.code}" has no point ${subject}`);
      more?.(link, path);
      const key = `${subject}@${target(link)}`;
      if (linked.has(key)) push(path, `${subject} is linked to ${target(link)} twice`);
      linked.add(key);
    });
  };
  checkLinks(
    'measures',
    followUp.measures,
    (l) => `measure ${measureKey(l)}`,
    (l, path) => {
      if (ctx.measures && !ctx.measures.has(measureKey(l)))
        push(`${path}.no`, `the city has no measure ${l.sector} ${l.no} in plan "${l.plan}"`);
    },
  );
  checkLinks('sectors', followUp.sectors, (l) => `sector ${l.sector}`);
  checkLinks('indicators', followUp.indicators, (l) => `indicator ${l.indicator}`);
}

/** The state the events lead to from 'open', or null (with the problem pushed) at the first that cannot happen. */
function replay(
  events: readonly { event: FollowUpEvent }[],
  at: string,
  push: FollowUpContext['push'],
): FollowUpState | null {
  let state: FollowUpState = 'open';
  for (const [k, e] of events.entries()) {
    try {
      state = nextFollowUpState(state, e.event);
    } catch (error) {
      if (!(error instanceof NetZeroError)) throw error;
      push(`${at}[${k}].event`, error.message);
      return null;
    }
  }
  return state;
}
