/**
 * What a discussion is about. A thread names one subject by kind and the ids that find it:
 * a review discussion of a submission (a round and a measure), a remark on a measure or an
 * indicator. A later module adds its kind here and its column in the threads table (the
 * committee's agenda items, for one), and every thread keeps its subject's foreign keys.
 */
export const DISCUSSION_SUBJECT_KINDS = ['submission', 'measure', 'indicator'] as const;
export type DiscussionSubjectKind = (typeof DISCUSSION_SUBJECT_KINDS)[number];

export type DiscussionSubject =
  | { kind: 'submission'; roundId: number; measureId: number }
  | { kind: 'measure'; measureId: number }
  | { kind: 'indicator'; indicatorId: number };

/** A stable text key of the subject, for audit entries and messages: `submission:3/41`. */
export function subjectKey(subject: DiscussionSubject): string {
  switch (subject.kind) {
    case 'submission':
      return `submission:${String(subject.roundId)}/${String(subject.measureId)}`;
    case 'measure':
      return `measure:${String(subject.measureId)}`;
    case 'indicator':
      return `indicator:${String(subject.indicatorId)}`;
  }
}
