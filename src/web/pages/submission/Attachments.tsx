import type { SyntheticEvent } from 'react';
import { z } from 'zod';
import {
  attachmentMeta,
  maxAttachmentBytes,
  type SubmissionDetail,
} from '../../../contracts/api/submissions.js';
import { attachmentHref, uploadAttachment, type SubmissionKey } from '../../api/reporting.js';
import { useFileUpload } from '../../api/use-file-upload.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { FileInput } from '../../components/FileInput.js';
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
  const { input, action, submit } = useFileUpload();
  const upload = (event: SyntheticEvent) =>
    submit(event, async (file) => onUploaded(await uploadAttachment(submissionKey, file)), {
      bytes: maxAttachmentBytes,
      tooLarge: t('attachments.tooLarge'),
      limit: t('attachments.limit'),
    });
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
          <FileInput
            id="attachment"
            label={t('attachments.choose')}
            accept={ACCEPT}
            inputRef={input}
          />
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
