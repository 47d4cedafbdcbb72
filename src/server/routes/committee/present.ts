import type { AssignmentResponse } from '../../../contracts/api/committee.js';
import type { AssignmentView } from '../../../db/committee/list-assignments.js';

/** An assignment as the API shows it: the subject's kind beside it, for filtering on the page. */
export function presentAssignment(view: AssignmentView): AssignmentResponse {
  return { ...view, subjectKind: view.subject.kind };
}
