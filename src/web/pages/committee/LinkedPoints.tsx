import type { SectorCode } from '../../../core/vocabulary/lists.js';
import { committeeApi } from '../../api/committee.js';
import { useApi } from '../../api/use-api.js';
import { hrefFor } from '../../app/routes.js';
import { Loaded } from '../../components/Feedback.js';
import { Section } from '../../components/Section.js';
import { formatDate } from '../../format/dates.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';

/** What a public page shows that a point may be linked to. */
export type LinkedTo =
  | { measure: { plan: string; sector: string; no: number } }
  | { indicator: string }
  | { sector: SectorCode };

/** How to ask for the points linked to `to`, and what to say when there is none. */
function pointsOf(city: string, to: LinkedTo, t: Translate) {
  if ('measure' in to) {
    const { plan, sector, no } = to.measure;
    return {
      key: `${city}/${plan}/${sector}/${no}`,
      load: (signal: AbortSignal) => committeeApi.measurePoints(city, plan, sector, no, signal),
      empty: t('committee.noPointsOnMeasure'),
    };
  }
  if ('indicator' in to)
    return {
      key: `${city}/indicator/${to.indicator}`,
      load: (signal: AbortSignal) => committeeApi.indicatorPoints(city, to.indicator, signal),
      empty: t('committee.noPointsOnIndicator'),
    };
  return {
    key: `${city}/sector/${to.sector}`,
    load: (signal: AbortSignal) => committeeApi.sectorPoints(city, to.sector, signal),
    empty: t('committee.noPointsOnSector', { sector: t(`sector.${to.sector}`) }),
  };
}

/**
 * The committee members' points linked to what a public page shows (a measure, an indicator, a
 * sector as a whole), from published minutes only: the server answers no other.
 */
export function CommitteePoints({ city, to }: { city: string; to: LinkedTo }) {
  const { t, locale } = useI18n();
  const { key, load, empty } = pointsOf(city, to, t);
  const [points, retry] = useApi(`committee-points/${key}`, load);
  return (
    <Section id="committee-points" heading={t('committee.pointsOnMeasure')}>
      <Loaded value={points} retry={retry}>
        {(list) =>
          list.length === 0 ? (
            <p>{empty}</p>
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
