import type { AssignmentResponse } from '../../../contracts/api/committee.js';
import { followUpReference } from '../../../core/committee/follow-up-path.js';
import type { FollowUpSubject } from '../../../core/committee/follow-up-record.js';
import type { AssignmentView } from '../../../db/committee/list-assignments.js';
import type { LinkedPoint } from '../../../db/committee/linked-points.js';

/** A subject by its numbers, as the API names it: its meeting stands beside it. */
function subjectOut(subject: FollowUpSubject) {
  const { meeting: _, ...numbers } = subject;
  return numbers;
}

/** An assignment as the API shows it. */
export function presentAssignment(view: AssignmentView): AssignmentResponse {
  return { ...view, subjectKind: view.subject.kind, subject: subjectOut(view.subject) };
}

/** A point where it is linked (a measure's, an indicator's or a sector's page), cited as printed. */
export function presentLinkedPoint(point: LinkedPoint) {
  return {
    ...point,
    subject: subjectOut(point.subject),
    reference: followUpReference(point.subject),
  };
}
