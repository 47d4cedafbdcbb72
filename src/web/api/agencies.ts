import type { PlanListResponse } from '../../contracts/api/cities.js';
import { useI18n } from '../i18n/i18n.js';
import { localName } from '../i18n/names.js';
import { fetchPlans } from './plan-summary.js';
import { useApi } from './use-api.js';

export type Agency = PlanListResponse[number]['agencies'][number];

/** The city's agencies, once each (plans may share them), with their English names. */
export function useCityAgencies(city: string): Agency[] {
  const [plans] = useApi(`plans/${city}`, (signal) => fetchPlans(city, signal));
  if (plans.state !== 'ready') return [];
  const byCode = new Map<string, Agency>();
  for (const agency of plans.data.flatMap((p) => p.agencies))
    if (!byCode.has(agency.code)) byCode.set(agency.code, agency);
  return [...byCode.values()];
}

/**
 * An agency's name in the reader's language, by code. Rounds and submissions carry only the
 * Chinese name (`fallback`), which stays while the list loads or when a code is unknown.
 */
export function useAgencyName(
  city: string,
): (code: string | null, fallback: string | null) => string | null {
  const { locale } = useI18n();
  const agencies = useCityAgencies(city);
  return (code, fallback) => {
    const agency = agencies.find((a) => a.code === code);
    return agency ? localName(agency, locale) : fallback;
  };
}
