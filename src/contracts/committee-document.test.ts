import { describe, expect, it } from 'vitest';
import { thrown } from '../core/test-support/thrown.js';
import type { CommitteeDocumentInput } from './committee-document.js';
import { validateCommitteeDocument } from './validate-committee-document.js';

const city = {
  city: 'kaohsiung',
  agencies: new Set(['epb', 'tb', 'edu']),
  sources: new Set(['report-112']),
};

/** A small committee: one term, two members, one meeting with one item. */
function committee(): CommitteeDocumentInput {
  return {
    format: 'netzero-committee/1',
    city: 'kaohsiung',
    committee: { name: '推動會', secretariat: 'epb', source: 'minutes' },
    sources: [
      {
        code: 'minutes',
        title: '會議紀錄',
        publisher: '推動會',
        kind: 'minutes',
        locator: 'URL unknown',
      },
    ],
    agencies: [{ code: 'finance', name: '財政局' }],
    terms: [
      { number: 6, name: '第六屆', start: null, end: null, memberCount: null, source: 'minutes' },
      { number: 7, name: '第七屆', start: null, end: null, memberCount: 25, source: 'report-112' },
    ],
    groups: [
      { code: 'green_economy', name: '綠色經濟組', leadAgencies: [], agencies: ['finance'] },
    ],
    members: [
      { name: '陳其邁', title: '市長', category: null, role: 'convener', terms: [7] },
      { name: '陳勁甫', title: null, category: null, role: 'member', terms: [7], email: 'a@b.tw' },
    ],
    meetings: [
      {
        code: 't7-plenary-1',
        kind: 'plenary',
        term: 7,
        sequence: 1,
        title: '第七屆第一次大會',
        date: '2023-11-09',
        startTime: '16:30',
        endTime: '18:00',
        place: '第三會議室',
        chair: '陳其邁',
        attendance: { text: '如簽到表', members: null },
        recorder: '林永祥',
        chairRemarks: '略',
        reportMattersNote: null,
        replyDays: 7,
        minutesSentOn: null,
        source: 'minutes',
        agendaItems: [
          {
            number: 1,
            kind: 'report_matter',
            title: '綜合討論',
            presentation: null,
            presentingAgency: 'epb',
            ruling: '同意備查',
            comments: [
              {
                number: 1,
                member: '陳勁甫',
                channel: 'oral',
                writtenForm: null,
                points: [
                  {
                    number: 1,
                    text: '交通局指標',
                    concerns: ['tb'],
                    subPoints: [
                      { letter: 'a', text: '一' },
                      { letter: 'b', text: '二' },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        resolutions: [{ number: 1, text: '請各局處…', concerns: 'all' }],
      },
    ],
  };
}

/** The paths of the problems `edit` causes in an otherwise valid committee. */
function problems(edit: (doc: ReturnType<typeof committee>) => void): string[] {
  const doc = committee();
  edit(doc);
  return thrown(() => validateCommitteeDocument(doc, city)).issues.map((i) => i.path);
}

const meetingOf = (doc: CommitteeDocumentInput) => {
  const meeting = doc.meetings?.[0];
  if (!meeting) throw new Error('fixture has no meeting');
  return meeting;
};
const commentOf = (doc: CommitteeDocumentInput) => {
  const comment = meetingOf(doc).agendaItems?.[0]?.comments?.[0];
  if (!comment) throw new Error('fixture has no comment');
  return comment;
};

describe('validateCommitteeDocument', () => {
  it('accepts a consistent committee and fills the defaults', () => {
    const doc = validateCommitteeDocument(committee(), city);
    expect(doc.members[0]?.email).toBeNull();
    expect(doc.members[0]?.groups).toEqual([]);
  });

  it('refuses a comment by a member outside the meeting’s term', () => {
    const paths = problems((doc) => {
      const member = doc.members[1];
      if (member) member.terms = [6];
    });
    expect(paths).toEqual(['meetings[0].agendaItems[0].comments[0].member']);
  });

  it('refuses a point that concerns an agency of another city', () => {
    const paths = problems((doc) => {
      const point = commentOf(doc).points[0];
      if (point) point.concerns = ['tb', 'taipei-dot'];
    });
    expect(paths).toEqual(['meetings[0].agendaItems[0].comments[0].points[0].concerns[1]']);
  });

  it('reports a skipped point number and a sub-point out of order', () => {
    const paths = problems((doc) => {
      const point = commentOf(doc).points[0];
      if (point) {
        point.number = 2;
        point.subPoints = [
          { letter: 'a', text: '一' },
          { letter: 'c', text: '三' },
        ];
      }
    });
    expect(paths).toEqual([
      'meetings[0].agendaItems[0].comments[0].points[0]',
      'meetings[0].agendaItems[0].comments[0].points[0].subPoints[1].letter',
    ]);
  });

  it('wants a written comment to name its form, and an oral one not to', () => {
    const paths = problems((doc) => {
      commentOf(doc).channel = 'written';
    });
    expect(paths).toEqual(['meetings[0].agendaItems[0].comments[0].writtenForm']);
  });

  it('refuses an e-mail address that is not one', () => {
    const paths = problems((doc) => {
      const member = doc.members[1];
      if (member) member.email = 'chen at kcg.gov.tw';
    });
    expect(paths).toEqual(['members[1].email']);
  });

  it('collects every problem at once, each with its path', () => {
    const paths = problems((doc) => {
      doc.city = 'taipei';
      const meeting = meetingOf(doc);
      meeting.chair = '韓國瑜';
      meeting.term = 8;
      meeting.endTime = '16:00';
      meeting.minutesSentOn = '2023-11-01';
      meeting.source = 'nowhere';
      doc.sources?.push({
        code: 'report-112',
        title: 'x',
        publisher: 'y',
        kind: 'report',
        locator: 'z',
      });
      doc.groups[0]?.leadAgencies.push('mystery');
    });
    expect(paths).toEqual([
      'city',
      'sources[1].code',
      'groups[0].leadAgencies[0]',
      'meetings[0].source',
      'meetings[0].term',
      'meetings[0].endTime',
      'meetings[0].minutesSentOn',
      'meetings[0].chair',
      'meetings[0].agendaItems[0].comments[0].member',
    ]);
  });

  it('reports shape errors by path before checking meaning', () => {
    const paths = problems((doc) => {
      meetingOf(doc).startTime = '4:30 pm';
    });
    expect(paths).toEqual(['meetings[0].startTime']);
  });
});
