import { todayInTaiwan } from '../format/dates.js';

/** The plan the public pages show unless the address names another (`?city=…&plan=…`). */
export const DEFAULT_CITY = 'kaohsiung';
export const DEFAULT_PLAN = 'phase2';

export interface PlanSelection {
  city: string;
  plan: string;
  asOf: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function planSelection(query: URLSearchParams): PlanSelection {
  const asOf = query.get('asOf') ?? '';
  return {
    city: query.get('city') ?? DEFAULT_CITY,
    plan: query.get('plan') ?? DEFAULT_PLAN,
    asOf: ISO_DATE.test(asOf) ? asOf : todayInTaiwan(),
  };
}

/** The query that carries a selection from page to page (only what differs from the defaults). */
export function selectionQuery(selection: PlanSelection, query: URLSearchParams) {
  return {
    city: selection.city === DEFAULT_CITY ? undefined : selection.city,
    plan: selection.plan === DEFAULT_PLAN ? undefined : selection.plan,
    asOf: query.get('asOf') ?? undefined,
  };
}
