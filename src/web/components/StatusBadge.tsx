import type { Status } from '../api/plan-summary.js';
import { useI18n } from '../i18n/i18n.js';

/** A status as a word and a colour; the word carries the meaning, so colour is never alone. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
