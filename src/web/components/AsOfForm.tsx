import { useState, type SyntheticEvent } from 'react';
import { replaceQuery } from '../app/use-location.js';
import { formatDate } from '../format/dates.js';
import { useI18n } from '../i18n/i18n.js';
import { TextField } from './Field.js';

/**
 * Chooses the cut-off date; the ROC form is shown beside the native date field, and below it the
 * date the plan's figures run to, so a reader sees when a later cut-off has no figures behind it.
 */
export function AsOfForm({
  asOf,
  query,
  dataThrough,
}: {
  asOf: string;
  query: URLSearchParams;
  dataThrough: string | null;
}) {
  const { t, locale } = useI18n();
  const [value, setValue] = useState(asOf);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!value) return;
    const next = new URLSearchParams(query);
    next.set('asOf', value);
    replaceQuery(next);
  };
  return (
    <form className="as-of" onSubmit={submit}>
      <TextField
        id="as-of"
        type="date"
        label={t('common.asOf')}
        value={value}
        onChange={setValue}
        required
      />
      <button type="submit">{t('common.apply')}</button>
      <span className="as-of-shown">{formatDate(asOf, locale)}</span>
      {dataThrough && (
        <p className="data-through" data-testid="data-through">
          {t('common.dataThrough', { date: formatDate(dataThrough, locale) })}
        </p>
      )}
    </form>
  );
}
