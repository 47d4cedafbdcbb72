import type { SubmissionDetail } from '../../../contracts/api/submissions.js';
import { formatDecimal } from '../../../core/format/numbers.js';
import { DataTable } from '../../components/DataTable.js';
import { useI18n } from '../../i18n/i18n.js';
import { Section } from '../../components/Section.js';

/** The figures as submitted, for reviewers and for agencies once the form is closed. */
export function SubmittedFigures({ detail }: { detail: SubmissionDetail }) {
  const { t } = useI18n();
  return (
    <Section id="figures" heading={t('submission.figures')}>
      <DataTable
        name={{ labelledBy: 'figures-heading' }}
        testId="submitted-figures"
        columns={[
          { heading: t('submission.indicator'), cell: (row) => row.indicator.label },
          {
            heading: t('measure.value'),
            numeric: true,
            cell: ({ indicator, figure }) =>
              figure ? `${formatDecimal(figure.value)} ${indicator.unit}` : t('common.none'),
          },
          {
            heading: t('measure.basis'),
            cell: ({ figure }) => (figure ? t(`basis.${figure.basis}`) : t('common.none')),
          },
        ]}
        rows={detail.indicators.map((indicator) => ({
          indicator,
          figure: detail.figures.find((f) => f.indicator === indicator.key),
        }))}
        rowKey={(row) => row.indicator.key}
      />
      <h3>{t('measure.qualitative')}</h3>
      <p className="prose">{detail.qualitativeText || t('common.none')}</p>
      <h3>{t('measure.explanation')}</h3>
      <p className="prose">{detail.laggingExplanation ?? t('common.none')}</p>
    </Section>
  );
}
