import type { PlanListResponse } from '../../../contracts/api/cities.js';
import { fetchPlans } from '../../api/plan-summary.js';
import { useApi } from '../../api/use-api.js';
import { useI18n } from '../../i18n/i18n.js';
import { localName } from '../../i18n/names.js';

export type Agency = PlanListResponse[number]['agencies'][number];

/** The city's agencies, once each (plans may share them): what an agency editor can be given. */
export function useCityAgencies(city: string): Agency[] {
  const [plans] = useApi(`plans/${city}`, (signal) => fetchPlans(city, signal));
  if (plans.state !== 'ready') return [];
  const byCode = new Map<string, Agency>();
  for (const agency of plans.data.flatMap((p) => p.agencies))
    if (!byCode.has(agency.code)) byCode.set(agency.code, agency);
  return [...byCode.values()];
}

/** One checkbox per agency, labelled with its name; for agency editors only. */
export function AgencyCheckboxes({
  agencies,
  chosen,
  onChange,
}: {
  agencies: readonly Agency[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}) {
  const { t, locale } = useI18n();
  const toggle = (code: string) =>
    onChange(chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code]);
  return (
    <fieldset className="checkboxes">
      <legend>{t('users.agencies')}</legend>
      {agencies.map((agency) => (
        <label key={agency.code}>
          <input
            type="checkbox"
            checked={chosen.includes(agency.code)}
            onChange={() => toggle(agency.code)}
          />{' '}
          {localName(agency, locale)}
        </label>
      ))}
    </fieldset>
  );
}
