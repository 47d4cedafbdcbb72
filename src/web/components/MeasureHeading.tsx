import type { SectorCode } from '../../core/vocabulary/lists.js';
import { useI18n } from '../i18n/i18n.js';

/** A measure's page heading: its sector and number (能源 3), then its name. */
export function MeasureHeading({
  measure,
}: {
  measure: { sector: SectorCode; no: number; name: string };
}) {
  const { t } = useI18n();
  return (
    <h1>
      <span className="measure-no">
        {t(`sector.${measure.sector}`)} {measure.no}
      </span>{' '}
      {measure.name}
    </h1>
  );
}
