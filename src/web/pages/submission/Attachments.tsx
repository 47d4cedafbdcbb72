import { useRef, type SyntheticEvent } from 'react';
import { z } from 'zod';
import {
  attachmentMeta,
  maxAttachmentBytes,
  type SubmissionDetail,
} from '../../../contracts/api/submissions.js';
import { ApiError } from '../../api/api-error.js';
import { attachmentHref, uploadAttachment, type SubmissionKey } from '../../api/reporting.js';
import { useAction } from '../../api/use-action.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { formatDecimal } from '../../../core/format/numbers.js';
import { useI18n } from '../../i18n/i18n.js';
import { Section } from '../../components/Section.js';

type Attachment = z.infer<typeof attachmentMeta>;
/** The types the server accepts (it checks the first bytes too; this saves a wasted upload). */
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.xlsx,.docx,.odt';

export function Attachments({
  detail,
  submissionKey,
  editable,
  onUploaded,
}: {
  detail: SubmissionDetail;
  submissionKey: SubmissionKey;
  editable: boolean;
  onUploaded: (attachment: Attachment) => void;
}) {
  const { t } = useI18n();
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const upload = (event: SyntheticEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    void action.run(async () => {
      if (file.size > maxAttachmentBytes) {
        throw new ApiError(413, 'PAYLOAD_TOO_LARGE', t('attachments.tooLarge'), [
          { path: file.name, message: t('attachments.limit') },
        ]);
      }
      onUploaded(await uploadAttachment(submissionKey, file));
      if (input.current) input.current.value = '';
    });
  };
  return (
    <Section id="attachments" heading={t('attachments.heading')}>
      {detail.attachments.length === 0 ? (
        <p>{t('attachments.none')}</p>
      ) : (
        <ul>
          {detail.attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={attachmentHref(submissionKey, attachment.id)}>{attachment.filename}</a> (
              {formatDecimal(String(Math.ceil(attachment.size / 1024)))} KB)
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="inline-form" onSubmit={upload}>
          <label htmlFor="attachment">{t('attachments.choose')}</label>
          <input id="attachment" type="file" accept={ACCEPT} ref={input} required />
          <button type="submit" className="secondary" disabled={action.busy}>
            {t('attachments.upload')}
          </button>
          <p className="figure-note">{t('attachments.limit')}</p>
        </form>
      )}
      {action.error && <ErrorMessage error={action.error} />}
    </Section>
  );
}
