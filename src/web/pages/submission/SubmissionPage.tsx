import { useEffect, useState } from 'react';
import type { SessionUser } from '../../../contracts/api/session.js';
import type { SubmissionDetail } from '../../../contracts/api/submissions.js';
import { fetchSubmission, type SubmissionKey } from '../../api/reporting.js';
import { useApi } from '../../api/use-api.js';
import { hrefFor } from '../../app/routes.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { SignedIn } from '../../components/SignedIn.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatDate } from '../../format/dates.js';
import { formatPeriod } from '../../format/periods.js';
import { MeasureHeading } from '../../components/MeasureHeading.js';
import type { SubmissionPart } from './submission-part.js';
import { useI18n } from '../../i18n/i18n.js';
import { AgencyTemplate } from './AgencyTemplate.js';
import { Attachments } from './Attachments.js';
import { canEdit, canReview, canUseTemplate } from './permissions.js';
import { ReviewPanel } from './ReviewPanel.js';
import { SubmissionForm } from './SubmissionForm.js';
import { SubmittedFigures } from './SubmittedFigures.js';
import { BackLink } from '../../components/BackLink.js';

export function SubmissionPage(props: { id: number; sector: string; no: number }) {
  return <SignedIn>{(user) => <Submission user={user} {...props} />}</SignedIn>;
}

function Submission({
  user,
  id,
  sector,
  no,
}: {
  user: SessionUser;
  id: number;
  sector: string;
  no: number;
}) {
  const { t } = useI18n();
  const key: SubmissionKey = { city: user.city, id, sector, no };
  const [loaded, retry] = useApi(`submission/${user.city}/${id}/${sector}/${no}`, (signal) =>
    fetchSubmission(key, signal),
  );
  // The page keeps the latest answer of its own writes (save, submit, review) over the first read.
  const [detail, setDetail] = useState<SubmissionDetail | null>(null);
  useEffect(() => setDetail(loaded.state === 'ready' ? loaded.data : null), [loaded]);
  return (
    <>
      <BackLink href={hrefFor({ page: 'round', id })}>{t('round.heading')}</BackLink>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <ErrorMessage error={loaded.error} onRetry={retry} />}
      {detail && (
        <SubmissionBody user={user} detail={detail} submissionKey={key} onChange={setDetail} />
      )}
    </>
  );
}

function SubmissionBody({
  user,
  detail,
  submissionKey,
  onChange,
}: SubmissionPart & { user: SessionUser }) {
  const { t, locale } = useI18n();
  const { round } = detail;
  // An uploaded template rewrites the drafts: the form starts again from what was saved.
  const [uploads, setUploads] = useState(0);
  const reloadAfterUpload = () => {
    void fetchSubmission(submissionKey, new AbortController().signal).then((next) => {
      onChange(next);
      setUploads((n) => n + 1);
    });
  };
  return (
    <>
      <MeasureHeading measure={detail} />
      <dl className="pairs">
        <dt>{t('submission.round')}</dt>
        <dd>{round.title}</dd>
        <dt>{t('rounds.period')}</dt>
        <dd>{formatPeriod(round.periodStart, round.cutOff, locale)}</dd>
        <dt>{t('rounds.dueDate')}</dt>
        <dd>{formatDate(round.dueDate, locale)}</dd>
        <dt>{t('round.state')}</dt>
        <dd>
          <span className={`state state-${detail.state}`} data-testid="submission-state">
            {t(`state.${detail.state}`)}
          </span>
        </dd>
        <dt>{t('submission.computedStatus')}</dt>
        <dd>
          <StatusBadge status={detail.computedStatus} />
        </dd>
      </dl>
      {detail.reviewComment && (
        <div className="review-comment" role="note" aria-labelledby="review-comment-heading">
          <h2 id="review-comment-heading">{t('submission.reviewComment')}</h2>
          <p className="prose">{detail.reviewComment}</p>
        </div>
      )}
      {canEdit(user, detail) ? (
        <SubmissionForm
          key={uploads}
          detail={detail}
          submissionKey={submissionKey}
          onChange={onChange}
        />
      ) : (
        <SubmittedFigures detail={detail} />
      )}
      <Attachments
        detail={detail}
        submissionKey={submissionKey}
        editable={canEdit(user, detail)}
        onUploaded={(attachment) =>
          onChange({ ...detail, attachments: [...detail.attachments, attachment] })
        }
      />
      {canUseTemplate(user, detail) && detail.agencyCode !== null && (
        <AgencyTemplate
          city={submissionKey.city}
          round={submissionKey.id}
          agency={detail.agencyCode}
          agencyName={detail.agencyName}
          onUploaded={reloadAfterUpload}
        />
      )}
      {canReview(user, detail) && (
        <ReviewPanel detail={detail} submissionKey={submissionKey} onChange={onChange} />
      )}
    </>
  );
}
