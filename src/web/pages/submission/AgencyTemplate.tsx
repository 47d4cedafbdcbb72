import { useId, useState, type SyntheticEvent } from 'react';
import {
  maxTemplateUploadBytes,
  type RoundUploadResponse,
} from '../../../contracts/api/round-templates.js';
import { useAgencyName } from '../../api/agencies.js';
import { templateHref, uploadTemplate } from '../../api/downloads.js';
import { useFileUpload } from '../../api/use-file-upload.js';
import { hrefFor } from '../../app/routes.js';
import { FileInput } from '../../components/FileInput.js';
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
  const { input, action, submit } = useFileUpload();
  // A clerk of two agencies sees two templates on the round page; ids must stay unique.
  const id = useId();
  const [result, setResult] = useState<RoundUploadResponse | null>(null);
  const upload = (event: SyntheticEvent) =>
    submit(
      event,
      async (file) => {
        setResult(null);
        setResult(await uploadTemplate(city, round, agency, file));
        onUploaded();
      },
      {
        bytes: maxTemplateUploadBytes,
        tooLarge: t('template.tooLarge'),
        limit: t('template.limit'),
      },
    );
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
        <FileInput
          id={`${id}-file`}
          label={t('template.choose')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          inputRef={input}
          describedBy={`${id}-limit`}
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
