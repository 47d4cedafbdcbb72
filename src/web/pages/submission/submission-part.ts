import type { SubmissionDetail } from '../../../contracts/api/submissions.js';
import type { SubmissionKey } from '../../api/reporting.js';

/**
 * What each part of the submission page (form, review, the page's body) is given: the
 * submission as last answered, the key it is addressed by, and where to hand the API's newer
 * answer after a save, a submit or a review.
 */
export interface SubmissionPart {
  detail: SubmissionDetail;
  submissionKey: SubmissionKey;
  onChange: (detail: SubmissionDetail) => void;
}
