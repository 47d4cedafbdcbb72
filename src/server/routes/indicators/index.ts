import { indicatorEndpoints as e } from '../../../contracts/api/endpoints/indicators.js';
import { presentIndicator, presentIndicatorList } from '../../../contracts/present-indicators.js';
import { notFound } from '../../../core/errors.js';
import { todayInTaiwan } from '../../../core/dates.js';
import { findCity } from '../../../db/city/cities.js';
import { loadIndicatorLabels } from '../../../db/indicators/indicator-labels.js';
import { loadIndicators } from '../../../db/indicators/load-indicators.js';
import { loadSdgReference } from '../../../datasets/sdg-reference.js';
import { route } from '../../route.js';

/** The last whole year in Taiwan: the default year judged. */
const lastWholeYear = (now: Date) => Number(todayInTaiwan(now).slice(0, 4)) - 1;

/** What anyone may read of the sustainability indicators. */
export const indicatorRoutes = [
  route(e.listIndicators, {
    handle: async ({ deps, params: { city }, query }) => {
      if (!(await findCity(deps.db, city))) throw notFound(`city "${city}"`);
      const year = query.year ?? lastWholeYear(deps.now());
      const [indicators, labels, reference] = await Promise.all([
        loadIndicators(deps.db, city),
        loadIndicatorLabels(deps.db, city),
        loadSdgReference(),
      ]);
      return presentIndicatorList(indicators, year, labels, reference);
    },
  }),
  route(e.getIndicator, {
    handle: async ({ deps, params: { city, indicator: code }, query }) => {
      const [indicator] = await loadIndicators(deps.db, city, code);
      if (!indicator) throw notFound(`indicator "${code}"`);
      const year = query.year ?? lastWholeYear(deps.now());
      const [labels, reference] = await Promise.all([
        loadIndicatorLabels(deps.db, city),
        loadSdgReference(),
      ]);
      return presentIndicator(indicator, year, labels, reference);
    },
  }),
];
