import { todayInTaiwan } from '../../core/dates.js';

/** The plan the public pages show unless the address names another (`?city=…&plan=…`). */
export const DEFAULT_CITY = 'kaohsiung';
export const DEFAULT_PLAN = 'phase2';

export interface PlanSelection {
  city: string;
  plan: string;
  asOf: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The city and plan the address names (the defaults otherwise). */
export function planOf(query: URLSearchParams): { city: string; plan: string } {
  return { city: query.get('city') ?? DEFAULT_CITY, plan: query.get('plan') ?? DEFAULT_PLAN };
}

/** The cut-off date the address names, if it names a valid one. */
export function asOfInQuery(query: URLSearchParams): string | null {
  const asOf = query.get('asOf') ?? '';
  return ISO_DATE.test(asOf) ? asOf : null;
}

/**
 * The selection the address names. Without a cut-off date it falls back to `dataThrough` (the
 * date the plan's published figures run to): defaulting to today would count every target up to
 * today against figures that stop months earlier and show most measures as lagging. Today in
 * Taiwan is the last resort, for a plan with no figures yet.
 */
export function planSelection(
  query: URLSearchParams,
  dataThrough: string | null = null,
): PlanSelection {
  return { ...planOf(query), asOf: asOfInQuery(query) ?? dataThrough ?? todayInTaiwan() };
}

/** The query that carries a selection from page to page (only what differs from the defaults). */
export function selectionQuery(selection: { city: string; plan: string }, query: URLSearchParams) {
  return {
    city: selection.city === DEFAULT_CITY ? undefined : selection.city,
    plan: selection.plan === DEFAULT_PLAN ? undefined : selection.plan,
    asOf: query.get('asOf') ?? undefined,
  };
}
