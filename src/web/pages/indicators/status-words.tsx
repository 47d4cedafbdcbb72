import type { IndicatorYearResponse } from '../../../contracts/api/indicators.js';
import { useI18n } from '../../i18n/i18n.js';

/** 達標 / 未達標 / 觀察 / 無資料 with the reason in words, or "not in force" for no year. */
export function YearStatus({ year }: { year: IndicatorYearResponse | null }) {
  const { t } = useI18n();
  if (!year) return <>{t('indicators.notInForce')}</>;
  const reason = t(`indicatorStatusReason.${year.reason}`, {
    value: year.value ?? '',
    target: year.target ?? '',
    unit: year.unit,
  });
  return (
    <span data-status={year.status}>
      <strong>{t(`indicatorStatus.${year.status}`)}</strong> <small>({reason})</small>
    </span>
  );
}

/** The page's city in links: left out for the default one, as the committee pages do. */
export { cityQuery } from '../committee/CommitteePage.js';
