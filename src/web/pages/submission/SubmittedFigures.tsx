import type { SubmissionDetail } from '../../../contracts/api/submissions.js';
import { formatDecimal } from '../../../core/format/numbers.js';
import { useI18n } from '../../i18n/i18n.js';

/** The figures as submitted, for reviewers and for agencies once the form is closed. */
export function SubmittedFigures({ detail }: { detail: SubmissionDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('submission.figures')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="figures-heading">
        <table data-testid="submitted-figures">
          <thead>
            <tr>
              <th scope="col">{t('submission.indicator')}</th>
              <th scope="col" className="num">
                {t('measure.value')}
              </th>
              <th scope="col">{t('measure.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.indicators.map((indicator) => {
              const figure = detail.figures.find((f) => f.indicator === indicator.key);
              return (
                <tr key={indicator.key}>
                  <th scope="row">{indicator.label}</th>
                  <td className="num">
                    {figure ? `${formatDecimal(figure.value)} ${indicator.unit}` : t('common.none')}
                  </td>
                  <td>{figure ? t(`basis.${figure.basis}`) : t('common.none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{t('measure.qualitative')}</h3>
      <p className="prose">{detail.qualitativeText || t('common.none')}</p>
      <h3>{t('measure.explanation')}</h3>
      <p className="prose">{detail.laggingExplanation ?? t('common.none')}</p>
    </section>
  );
}
