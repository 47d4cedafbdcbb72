import { checkEmailAddress, checkMemberInTerm } from '../core/committee/checks.js';
import { checkNumbering, subPointLetter } from '../core/committee/numbering.js';
import { compareDates } from '../core/dates.js';
import type { Issue } from '../core/errors.js';
import { documentFailure, issuesInto, parseCityDocument, unique } from './document-problems.js';
import { validateFollowUp } from './validate-committee-follow-up.js';
import {
  committeeDocumentSchema,
  type CommitteeDocument,
  type Concerns,
  type MeetingDocument,
} from './committee-document.js';

/** What the committee document resolves against in its city's document. */
export interface CommitteeCityContext {
  city: string;
  /** The city's agency codes: a point may concern only its own city's agencies. */
  agencies: ReadonlySet<string>;
  /** The city's source codes. */
  sources: ReadonlySet<string>;
  /** The city's measures (measureKey), which points may be linked to; unchecked when absent. */
  measures?: ReadonlySet<string>;
}

type Member = CommitteeDocument['members'][number];

/**
 * Checks a committee document completely — shape, then meaning — against its city, and returns
 * it parsed. Every problem is collected with its path (`meetings[0].agendaItems[2].comments[7]
 * .points[1].subPoints[5].concerns[0]`), so a person fixing a file sees all of them at once.
 */
export function validateCommitteeDocument(
  input: unknown,
  city: CommitteeCityContext,
): CommitteeDocument {
  const { doc, issues } = parseCityDocument(committeeDocumentSchema, 'committee', input, city.city);
  const push = (path: string, message: string) => issues.push({ path, message });
  const collect = issuesInto(issues);

  /** The codes the document adds to the city's, each once and none the city has: with the city's. */
  const added = (
    path: 'sources' | 'agencies',
    rows: readonly { code: string }[],
    cityCodes: ReadonlySet<string>,
    what: string,
    already: (code: string) => string,
  ) => {
    const own = unique(
      rows.map((row) => row.code),
      path,
      `${what} code`,
      issues,
    );
    rows.forEach((row, i) => {
      if (cityCodes.has(row.code)) push(`${path}[${i}].code`, already(row.code));
    });
    return new Set([...cityCodes, ...own]);
  };
  const sources = added(
    'sources',
    doc.sources,
    city.sources,
    'source',
    (code) => `the city already has a source "${code}"`,
  );
  const agencies = added(
    'agencies',
    doc.agencies,
    city.agencies,
    'agency',
    (code) => `the city already lists agency "${code}"`,
  );
  const knownSource = (path: string, code: string) => {
    if (!sources.has(code)) push(path, `unknown source "${code}"`);
  };
  const knownAgency = (path: string, code: string) => {
    if (!agencies.has(code)) push(path, `"${code}" is not an agency of ${city.city}`);
  };
  const knownConcerns = (path: string, concerns: Concerns | undefined) => {
    if (Array.isArray(concerns)) {
      unique(concerns, path, 'agency', issues);
      concerns.forEach((code, i) => knownAgency(`${path}[${i}]`, code));
    }
  };

  knownAgency('committee.secretariat', doc.committee.secretariat);
  knownSource('committee.source', doc.committee.source);
  const terms = unique(
    doc.terms.map((t) => String(t.number)),
    'terms',
    'term',
    issues,
  );
  doc.terms.forEach((term, i) => {
    knownSource(`terms[${i}].source`, term.source);
    if (term.start !== null && term.end !== null && compareDates(term.end, term.start) < 0) {
      push(`terms[${i}].end`, `ends (${term.end}) before it starts (${term.start})`);
    }
  });
  const groups = unique(
    doc.groups.map((g) => g.code),
    'groups',
    'group code',
    issues,
  );
  doc.groups.forEach((group, g) => {
    group.leadAgencies.forEach((code, i) => knownAgency(`groups[${g}].leadAgencies[${i}]`, code));
    group.agencies.forEach((code, i) => knownAgency(`groups[${g}].agencies[${i}]`, code));
  });
  unique(
    doc.members.map((m) => m.name),
    'members',
    'member name',
    issues,
  );
  const members = new Map(doc.members.map((m) => [m.name, m]));
  doc.members.forEach((member, m) => {
    member.terms.forEach((term, i) => {
      if (!terms.has(String(term))) push(`members[${m}].terms[${i}]`, `no term ${term} in terms`);
    });
    member.groups.forEach((code, i) => {
      if (!groups.has(code)) push(`members[${m}].groups[${i}]`, `no group "${code}" in groups`);
    });
    const email = member.email;
    if (email !== null)
      collect(`members[${m}].email`, () => checkEmailAddress(email, `members[${m}].email`));
  });

  unique(
    doc.meetings.map((m) => m.code),
    'meetings',
    'meeting code',
    issues,
  );
  unique(
    doc.meetings.map((m) => `${m.kind} ${m.term}-${m.sequence}`),
    'meetings',
    'kind, term and sequence',
    issues,
  );
  doc.meetings.forEach((meeting, i) => {
    validateMeeting(meeting, `meetings[${i}]`, {
      issues,
      push,
      collect,
      knownSource,
      knownAgency,
      knownConcerns,
      terms,
      members,
    });
    validateFollowUp(meeting, `meetings[${i}]`, { push, knownAgency, measures: city.measures });
  });

  if (issues.length) throw documentFailure('committee', issues);
  return doc;
}

interface MeetingContext {
  issues: Issue[];
  push: (path: string, message: string) => void;
  collect: (path: string, fn: () => void) => void;
  knownSource: (path: string, code: string) => void;
  knownAgency: (path: string, code: string) => void;
  knownConcerns: (path: string, concerns: Concerns | undefined) => void;
  terms: Set<string>;
  members: Map<string, Member>;
}

function validateMeeting(meeting: MeetingDocument, at: string, ctx: MeetingContext): void {
  const { issues, push } = ctx;
  ctx.knownSource(`${at}.source`, meeting.source);
  if (!ctx.terms.has(String(meeting.term))) push(`${at}.term`, `no term ${meeting.term} in terms`);
  if (meeting.endTime !== null && meeting.endTime < meeting.startTime) {
    push(`${at}.endTime`, `ends (${meeting.endTime}) before it starts (${meeting.startTime})`);
  }
  if (meeting.minutesSentOn !== null && compareDates(meeting.minutesSentOn, meeting.date) < 0) {
    push(
      `${at}.minutesSentOn`,
      `minutes sent on ${meeting.minutesSentOn}, before the meeting of ${meeting.date}`,
    );
  }
  /** A name that must be a member of this meeting's term. */
  const member = (path: string, name: string) => {
    const found = ctx.members.get(name);
    if (!found) {
      push(path, `no member "${name}" in members`);
      return;
    }
    ctx.collect(path, () => checkMemberInTerm(found, meeting.term, path));
  };
  member(`${at}.chair`, meeting.chair);
  meeting.attendance.members?.forEach((name, i) => member(`${at}.attendance.members[${i}]`, name));
  /** Rows whose numbers must run 1, 2, 3 … as printed. */
  const numbered = (rows: readonly { number: number }[], path: string, what: string) =>
    issues.push(
      ...checkNumbering(
        rows.map((row) => row.number),
        path,
        what,
      ),
    );

  numbered(meeting.agendaItems, `${at}.agendaItems`, 'agenda item');
  meeting.agendaItems.forEach((item, a) => {
    const ai = `${at}.agendaItems[${a}]`;
    if (item.presentingAgency !== null)
      ctx.knownAgency(`${ai}.presentingAgency`, item.presentingAgency);
    numbered(item.comments, `${ai}.comments`, 'speaker');
    item.comments.forEach((comment, c) => {
      const ci = `${ai}.comments[${c}]`;
      member(`${ci}.member`, comment.member);
      if ((comment.channel === 'written') !== (comment.writtenForm !== null)) {
        push(
          `${ci}.writtenForm`,
          'a written comment names its form (material or opinion); an oral one has none',
        );
      }
      numbered(comment.points, `${ci}.points`, 'point');
      comment.points.forEach((point, p) => {
        const pi = `${ci}.points[${p}]`;
        ctx.knownConcerns(`${pi}.concerns`, point.concerns);
        point.subPoints.forEach((sub, s) => {
          const expected = subPointLetter(Math.min(s + 1, 26));
          if (sub.letter !== expected)
            push(`${pi}.subPoints[${s}].letter`, `sub-point ${sub.letter} should be ${expected}`);
          ctx.knownConcerns(`${pi}.subPoints[${s}].concerns`, sub.concerns);
        });
      });
    });
  });
  numbered(meeting.resolutions, `${at}.resolutions`, 'resolution');
  meeting.resolutions.forEach((resolution, r) =>
    ctx.knownConcerns(`${at}.resolutions[${r}].concerns`, resolution.concerns),
  );
}
