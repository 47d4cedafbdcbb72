import { formatDecimal } from '../../core/format/numbers.js';
import type { ResultBasis } from '../../core/targets.js';
import type { Column } from '../components/DataTable.js';
import { formatPeriod } from '../format/periods.js';
import type { Locale, Translate } from '../i18n/i18n.js';

interface Figure {
  periodStart: string;
  periodEnd: string;
  value: string;
  basis: ResultBasis;
}

/** A reported figure as every table prints it: 期間, 數值 (with the unit, if given), 累計/增量. */
export function figureColumns<Row extends Figure>(
  t: Translate,
  locale: Locale,
  unit?: string,
): Column<Row>[] {
  return [
    {
      heading: t('measure.period'),
      cell: (figure) => formatPeriod(figure.periodStart, figure.periodEnd, locale),
    },
    {
      heading: unit === undefined ? t('measure.value') : `${t('measure.value')} (${unit})`,
      numeric: true,
      cell: (figure) => formatDecimal(figure.value),
    },
    { heading: t('measure.basis'), cell: (figure) => t(`basis.${figure.basis}`) },
  ];
}
