import type { ApiError } from '../../api/api-error.js';
import { WHOLE_FILE } from '../../../contracts/api/round-templates.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { useI18n } from '../../i18n/i18n.js';
import { problemIn } from './upload-messages.js';

/**
 * An upload's failure. A refused file (an error with details) lists each problem by the cell it
 * sits in, in the reader's language, so the file can be fixed in one go; any other failure is the
 * usual error message.
 */
export function UploadProblems({
  error,
  title,
  testId,
  withCode = false,
}: {
  error: ApiError | null;
  title: string;
  testId: string;
  /** Also show the error's code under the list (the template's refusals carry a useful one). */
  withCode?: boolean;
}) {
  const { locale } = useI18n();
  if (error === null) return null;
  if (error.details.length === 0) return <ErrorMessage error={error} />;
  return (
    <div className="error" role="alert">
      <h3>{title}</h3>
      <ul data-testid={testId}>
        {error.details.map((detail, index) => (
          <li key={index}>
            {detail.path !== WHOLE_FILE && <code>{detail.path}</code>} {problemIn(detail, locale)}
          </li>
        ))}
      </ul>
      {withCode && (
        <p className="figure-note">
          <code>{error.code}</code>
        </p>
      )}
    </div>
  );
}
