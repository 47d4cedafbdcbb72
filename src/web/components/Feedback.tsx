import type { ApiError } from '../api/api-error.js';
import { useI18n } from '../i18n/i18n.js';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** Shows the API's own message and each detail (the field to fix), never a stack trace. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const message =
    error.code === 'NETWORK'
      ? t('error.network')
      : error.code === 'INVALID_RESPONSE'
        ? t('error.invalidResponse')
        : error.message;
  return (
    <div className="error" role="alert">
      <h2>{t('error.title')}</h2>
      <p>
        {message} <code>{error.code}</code>
      </p>
      {error.details.length > 0 && (
        <ul>
          {error.details.map((detail, index) => (
            <li key={index}>
              {detail.path ? <code>{detail.path}</code> : null} {detail.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
