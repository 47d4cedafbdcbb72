import { useId, useRef, useState, type SyntheticEvent } from 'react';
import {
  maxTemplateUploadBytes,
  type RoundUploadResponse,
} from '../../../contracts/api/round-templates.js';
import { useAgencyName } from '../../api/agencies.js';
import { ApiError } from '../../api/api-error.js';
import { templateHref, uploadTemplate } from '../../api/downloads.js';
import { useAction } from '../../api/use-action.js';
import { hrefFor } from '../../app/routes.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/zh-TW.js';
import { UploadProblems } from './UploadProblems.js';

/**
 * The agency's Excel template for the round: download it, fill it in offline, upload it. The
 * upload is all or nothing: either every measure in it becomes a draft, or nothing is written
 * and each problem is named by its cell (執行量!H3).
 */
export function AgencyTemplate({
  city,
  round,
  agency,
  agencyName,
  onUploaded,
}: {
  city: string;
  round: number;
  agency: string;
  /** Named in the text, so a clerk sees whose template it is (in English when the city has the
   * English name); the code when a city has no name. */
  agencyName: string | null;
  onUploaded: () => void;
}) {
  const { t } = useI18n();
  const nameOf = useAgencyName(city);
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  // A clerk of two agencies sees two templates on the round page; ids must stay unique.
  const id = useId();
  const [result, setResult] = useState<RoundUploadResponse | null>(null);
  const upload = (event: SyntheticEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    setResult(null);
    void action.run(async () => {
      if (file.size > maxTemplateUploadBytes) {
        throw new ApiError(413, 'PAYLOAD_TOO_LARGE', t('template.tooLarge'), [
          { path: file.name, message: t('template.limit') },
        ]);
      }
      const answer = await uploadTemplate(city, round, agency, file);
      setResult(answer);
      if (input.current) input.current.value = '';
      onUploaded();
    });
  };
  const measureLink = (sector: string, no: number) => (
    <a href={hrefFor({ page: 'submission', id: round, sector, no })}>
      {t(`sector.${sector}` as MessageKey)} {no}
    </a>
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="agency-template">
      <h2 id={`${id}-heading`}>{t('template.heading')}</h2>
      <p>{t('template.intro', { agency: nameOf(agency, agencyName) ?? agency })}</p>
      <p>
        <a className="button-link" href={templateHref(city, round, agency)} download>
          {t('template.download')}
        </a>
      </p>
      <form className="inline-form" onSubmit={upload}>
        <label htmlFor={`${id}-file`}>{t('template.choose')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          ref={input}
          aria-describedby={`${id}-limit`}
          required
        />
        <button type="submit" className="secondary" disabled={action.busy}>
          {t('template.upload')}
        </button>
        <p id={`${id}-limit`} className="figure-note">
          {t('template.limit')}
        </p>
      </form>
      <div aria-live="polite" data-testid="template-result">
        {result && (
          <div className="success-box">
            {result.saved.length === 0 && result.unchanged.length === 0 && (
              <p>{t('template.nothing')}</p>
            )}
            {result.saved.length > 0 && (
              <>
                <h3 className="success">{t('template.saved')}</h3>
                <ul>
                  {result.saved.map((m) => (
                    <li key={`${m.sector}/${m.no}`}>
                      {measureLink(m.sector, m.no)} —{' '}
                      {t('template.version', { version: m.version })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {result.unchanged.length > 0 && (
              <>
                <h3>{t('template.unchanged')}</h3>
                <ul>
                  {result.unchanged.map((m) => (
                    <li key={`${m.sector}/${m.no}`}>{measureLink(m.sector, m.no)}</li>
                  ))}
                </ul>
              </>
            )}
            {result.blank.length > 0 && (
              <p data-testid="template-blank">
                {t('template.blank', {
                  measures: result.blank
                    .map((m) => `${t(`sector.${m.sector}` as MessageKey)} ${String(m.no)}`)
                    .join('、'),
                })}
              </p>
            )}
          </div>
        )}
      </div>
      <UploadProblems
        error={action.error}
        title={t('template.refused')}
        testId="template-problems"
        withCode
      />
    </section>
  );
}
