import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error.js';
import { latest, type Loadable } from '../api/use-api.js';
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

/**
 * An answer being loaded: 載入中, the error with 重試, or what `children` makes of the data.
 * With `keepPrevious`, a reload of the same request keeps the last answer on screen (and any
 * form beside it mounted) instead of 載入中.
 */
export function Loaded<T>({
  value,
  retry,
  keepPrevious = false,
  children,
}: {
  value: Loadable<T>;
  retry: () => void;
  keepPrevious?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (value.state === 'error') return <ErrorMessage error={value.error} onRetry={retry} />;
  const data = keepPrevious ? latest(value) : value.state === 'ready' ? value.data : null;
  return data === null ? <Loading /> : <>{children(data)}</>;
}
