import { versionInForce } from '../core/indicators/version.js';
import type {
  IndicatorListResponse,
  IndicatorResponse,
  IndicatorSummary,
} from './api/indicators.js';
import type { IndicatorDocument } from './indicator-document.js';
import { indicatorYears } from './indicator-years.js';
import type { SdgReferenceDocument } from './sdg-reference.js';

/** The names an indicator's codes are shown with: the city's agencies and committee groups. */
export interface IndicatorLabels {
  agencies: ReadonlyMap<string, { name: string; nameEn: string | null }>;
  groups: ReadonlyMap<string, { name: string; nameEn: string | null }>;
}

const labelOf = (
  code: string,
  names: IndicatorLabels['agencies'],
): { code: string; name: string; nameEn: string | null } => ({
  code,
  ...(names.get(code) ?? { name: code, nameEn: null }),
});

/** "United Nations General Assembly, Transforming our world … (A/RES/70/1), 2015-10-21". */
export function sdgCitation(reference: SdgReferenceDocument): string {
  const [resolution] = reference.sources;
  return resolution
    ? [resolution.publisher, resolution.title, resolution.date].filter(Boolean).join(', ')
    : '';
}

/**
 * An indicator as listed for `year`: the version in force that year (the last one if none is,
 * e.g. retired), and that year judged against it (null when no version is in force).
 */
export function summarizeIndicator(
  indicator: IndicatorDocument,
  year: number,
  labels: IndicatorLabels,
): IndicatorSummary {
  const version = versionInForce(indicator.versions, year) ?? indicator.versions.at(-1);
  if (!version) throw new Error(`indicator ${indicator.code} has no version`);
  const last = indicator.versions.at(-1);
  return {
    code: indicator.code,
    name: version.name,
    nameEn: version.nameEn,
    kind: version.kind,
    direction: version.direction,
    unit: version.unit,
    agency: labelOf(version.agency, labels.agencies),
    group: version.group === null ? null : labelOf(version.group, labels.groups),
    sdgGoals: [
      ...new Set([...version.sdgGoals, ...version.sdgTargets.map((t) => Number(t.split('.')[0]))]),
    ],
    sdgTargets: version.sdgTargets,
    retiredAfter: last?.validTo ?? null,
    status: indicatorYears(indicator, year).find((y) => y.year === year) ?? null,
  };
}

/** The registry by SDG: every goal with the indicators tied to it, and those tied to none. */
export function presentIndicatorList(
  indicators: readonly IndicatorDocument[],
  year: number,
  labels: IndicatorLabels,
  reference: SdgReferenceDocument,
): IndicatorListResponse {
  const summaries = indicators.map((i) => summarizeIndicator(i, year, labels));
  return {
    year,
    indicators: summaries,
    goals: reference.goals.map((goal) => ({
      number: goal.number,
      title: goal.title,
      indicators: summaries.filter((s) => s.sdgGoals.includes(goal.number)).map((s) => s.code),
    })),
    unlinked: summaries.filter((s) => s.sdgGoals.length === 0).map((s) => s.code),
    sdgSource: sdgCitation(reference),
  };
}

/** One indicator with every version (its SDG words beside the codes) and every year judged. */
export function presentIndicator(
  indicator: IndicatorDocument,
  year: number,
  labels: IndicatorLabels,
  reference: SdgReferenceDocument,
): IndicatorResponse {
  const targetTitles = new Map(
    reference.goals.flatMap((g) => g.targets.map((t) => [t.code, t.title] as const)),
  );
  const goalTitles = new Map(reference.goals.map((g) => [g.number, g.title] as const));
  return {
    summary: summarizeIndicator(indicator, year, labels),
    versions: indicator.versions.map((v) => ({
      ...v,
      sdgGoalTitles: v.sdgGoals.flatMap((number) => {
        const title = goalTitles.get(number);
        return title ? [{ number, title }] : [];
      }),
      sdgTargetTitles: v.sdgTargets.flatMap((code) => {
        const title = targetTitles.get(code);
        return title ? [{ code, title }] : [];
      }),
    })),
    values: indicator.values,
    years: indicatorYears(indicator, year),
    sdgSource: sdgCitation(reference),
  };
}
