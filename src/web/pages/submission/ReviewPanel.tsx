import { useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { reviewSubmission } from '../../api/reporting.js';
import type { SubmissionPart } from './submission-part.js';
import { useAction } from '../../api/use-action.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { TextAreaField } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { Section } from '../../components/Section.js';

/** The secretariat's decision: approve (publish) or return with a comment saying what to fix. */
export function ReviewPanel({ detail, submissionKey, onChange }: SubmissionPart) {
  const { t } = useI18n();
  const action = useAction();
  const [comment, setComment] = useState('');
  const decide = (decision: 'approve' | 'return') =>
    void action.run(async () => {
      if (decision === 'return' && !comment.trim()) {
        throw new ApiError(400, 'VALIDATION_FAILED', t('review.commentRequired'), [
          { path: t('review.comment'), message: t('submission.required') },
        ]);
      }
      const trimmed = comment.trim();
      const request =
        decision === 'return'
          ? { decision, version: detail.version, comment: trimmed }
          : { decision, version: detail.version, ...(trimmed ? { comment: trimmed } : {}) };
      onChange(await reviewSubmission(submissionKey, request));
    });
  return (
    <Section id="review" heading={t('review.heading')} className="review">
      <div className="stacked wide">
        <TextAreaField
          id="review-comment"
          rows={3}
          label={t('review.comment')}
          hint={t('review.hint')}
          value={comment}
          onChange={setComment}
        />
      </div>
      <div className="actions">
        <button type="button" onClick={() => decide('approve')} disabled={action.busy}>
          {t('review.approve')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => decide('return')}
          disabled={action.busy}
        >
          {t('review.return')}
        </button>
      </div>
      {action.error && <ErrorMessage error={action.error} />}
    </Section>
  );
}
