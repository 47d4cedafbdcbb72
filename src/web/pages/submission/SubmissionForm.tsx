import { useState, type SyntheticEvent } from 'react';
import type { SubmissionDetail } from '../../../contracts/api/submissions.js';
import { ApiError } from '../../api/api-error.js';
import { saveSubmission, submitSubmission } from '../../api/reporting.js';
import type { SubmissionPart } from './submission-part.js';
import { useAction } from '../../api/use-action.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { TextAreaField } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { entriesFrom, figuresFrom, type FigureEntry } from './figure-entries.js';
import { IndicatorFields } from './IndicatorFields.js';

/** A field's label, with 必填 after it when the field must be filled. */
function Required({ label, required }: { label: string; required: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {label} {required && <span className="required">{t('submission.requiredMark')}</span>}
    </>
  );
}

/** The agency's form: figures per indicator, qualitative results, and the lagging explanation. */
export function SubmissionForm({ detail, submissionKey, onChange }: SubmissionPart) {
  const { t } = useI18n();
  const action = useAction();
  const [entries, setEntries] = useState(() => entriesFrom(detail));
  const [qualitative, setQualitative] = useState(detail.qualitativeText);
  const [explanation, setExplanation] = useState(detail.laggingExplanation ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const lagging = detail.computedStatus === 'lagging';

  const save = async (): Promise<SubmissionDetail> => {
    const { figures, problems } = figuresFrom(entries);
    if (problems.length > 0) {
      throw new ApiError(
        400,
        'VALIDATION_FAILED',
        t('submission.fixFigures'),
        problems.map((p) => ({
          path: detail.indicators.find((i) => i.key === p.indicator)?.label ?? p.indicator,
          message: t(`submission.${p.problem}`),
        })),
      );
    }
    const next = await saveSubmission(submissionKey, {
      version: detail.version,
      figures,
      qualitativeText: qualitative,
      laggingExplanation: explanation.trim() ? explanation : null,
    });
    onChange(next);
    return next;
  };

  const onSave = () => {
    setSaved(null);
    void action.run(async () => {
      await save();
      setSaved(t('submission.savedDraft'));
    });
  };

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSaved(null);
    void action.run(async () => {
      const draft = await save();
      // The status is recomputed with the saved figures: only now is it known whether the
      // explanation is required.
      if (draft.computedStatus === 'lagging' && !explanation.trim()) {
        throw new ApiError(400, 'VALIDATION_FAILED', t('submission.explanationRequired'), [
          { path: t('measure.explanation'), message: t('submission.required') },
        ]);
      }
      onChange(await submitSubmission(submissionKey, draft.version));
      setSaved(t('submission.submitted'));
    });
  };

  const setEntry = (key: string, entry: FigureEntry) =>
    setEntries((current) => ({ ...current, [key]: entry }));

  return (
    <form onSubmit={onSubmit} aria-labelledby="figures-heading" noValidate={false}>
      <h2 id="figures-heading">{t('submission.figures')}</h2>
      {detail.indicators.map((indicator) => (
        <IndicatorFields
          key={indicator.key}
          indicator={indicator}
          entry={entries[indicator.key] ?? { value: '', basis: '' }}
          onChange={(entry) => setEntry(indicator.key, entry)}
        />
      ))}
      <div className="stacked wide">
        <TextAreaField
          id="qualitative"
          rows={5}
          label={<Required label={t('measure.qualitative')} required />}
          hint={t('submission.qualitativeHint')}
          value={qualitative}
          onChange={setQualitative}
          required
        />
        <TextAreaField
          id="explanation"
          rows={4}
          label={<Required label={t('measure.explanation')} required={lagging} />}
          hint={lagging ? t('submission.explanationRequired') : t('submission.explanationHint')}
          value={explanation}
          onChange={setExplanation}
          required={lagging}
        />
      </div>
      <div className="actions">
        <button type="button" className="secondary" onClick={onSave} disabled={action.busy}>
          {t('submission.saveDraft')}
        </button>
        <button type="submit" disabled={action.busy}>
          {t('submission.submit')}
        </button>
      </div>
      {saved && (
        <p role="status" className="success">
          {saved}
        </p>
      )}
      {action.error && <ErrorMessage error={action.error} />}
    </form>
  );
}
