import { committeeApi } from '../../api/committee.js';
import { useApi } from '../../api/use-api.js';
import { hrefFor } from '../../app/routes.js';
import { Loaded } from '../../components/Feedback.js';
import { formatDate } from '../../format/dates.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';

/** On a measure's page: the committee members' points linked to it, from published minutes. */
export function MeasurePoints(props: { city: string; plan: string; sector: string; no: number }) {
  const { t, locale } = useI18n();
  const { city, plan, sector, no } = props;
  const [points, retry] = useApi(`committee-points/${city}/${plan}/${sector}/${no}`, (signal) =>
    committeeApi.measurePoints(city, plan, sector, no, signal),
  );
  return (
    <Section id="committee-points" heading={t('committee.pointsOnMeasure')}>
      <Loaded value={points} retry={retry}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('committee.noPointsOnMeasure')}</p>
          ) : (
            list.map((point) => (
              <article key={`${point.meeting}/${point.reference}`} className="note">
                <h3>
                  <a href={hrefFor({ page: 'minutes', meeting: point.meeting })}>
                    {point.meetingTitle}
                  </a>{' '}
                  {point.reference} {point.member}
                </h3>
                <p className="figure-note">{formatDate(point.date, locale)}</p>
                <p className="prose">{point.text}</p>
              </article>
            ))
          )
        }
      </Loaded>
    </Section>
  );
}
