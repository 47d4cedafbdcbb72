import type { SubmissionDetail } from '../../../contracts/api/submissions.js';
import { formatDecimal } from '../../../core/format/numbers.js';
import { Headings, Rows, Table } from '../../components/DataTable.js';
import { useI18n } from '../../i18n/i18n.js';
import { figureColumns } from '../figure-columns.js';
import type { FigureEntry } from './figure-entries.js';
import { resultBases } from '../../../core/targets.js';

type Indicator = SubmissionDetail['indicators'][number];

/**
 * One indicator's figure: the previous published figures for reference, the value with its
 * unit, and an explicit choice of increment or running total (no default: a wrong guess here
 * would double-count or drop a year's work).
 */
export function IndicatorFields({
  indicator,
  entry,
  onChange,
}: {
  indicator: Indicator;
  entry: FigureEntry;
  onChange: (entry: FigureEntry) => void;
}) {
  const { t, locale } = useI18n();
  const id = `figure-${indicator.key}`;
  const columns = figureColumns<Indicator['previous'][number]>(t, locale, indicator.unit);
  return (
    <fieldset className="indicator-fields">
      <legend>
        {indicator.label} <span className="unit">({indicator.unit})</span>
      </legend>
      <p className="figure-note">
        {t(`targetKind.${indicator.targetKind}`)}
        {indicator.target !== null &&
          ` · ${t('measure.target')} ${formatDecimal(indicator.target)} ${indicator.unit}`}
      </p>
      {indicator.previous.length > 0 ? (
        <Table className="previous" caption={t('submission.previous')}>
          <Headings columns={columns} />
          <tbody>
            <Rows columns={columns} rows={indicator.previous} rowKey={(_, index) => index} />
          </tbody>
        </Table>
      ) : (
        <p className="figure-note">{t('submission.noPrevious')}</p>
      )}
      <div className="figure-input">
        <label htmlFor={id}>{t('submission.value')}</label>
        <span className="with-unit">
          <input
            id={id}
            inputMode="decimal"
            autoComplete="off"
            value={entry.value}
            onChange={(event) => onChange({ ...entry, value: event.target.value })}
            aria-describedby={`${id}-unit`}
          />
          <span id={`${id}-unit`}>{indicator.unit}</span>
        </span>
      </div>
      <fieldset className="basis">
        <legend>{t('submission.basisQuestion')}</legend>
        {resultBases.map((basis) => (
          <label key={basis}>
            <input
              type="radio"
              name={`${id}-basis`}
              value={basis}
              checked={entry.basis === basis}
              onChange={() => onChange({ ...entry, basis })}
            />{' '}
            {t(`basis.${basis}Explained`)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
