import type { MeasureSummary } from '../api/plan-summary.js';

export interface MeasureFilters {
  sector: string;
  agency: string;
  status: string;
  q: string;
}

export function filtersFrom(query: URLSearchParams): MeasureFilters {
  return {
    sector: query.get('sector') ?? '',
    agency: query.get('agency') ?? '',
    status: query.get('status') ?? '',
    q: query.get('q') ?? '',
  };
}

/** Measures matching every filter set; the search ignores case and full/half-width forms. */
export function filterMeasures(
  measures: readonly MeasureSummary[],
  filters: MeasureFilters,
): MeasureSummary[] {
  const needle = filters.q.normalize('NFKC').trim().toLowerCase();
  return measures.filter(
    (m) =>
      (!filters.sector || m.sector === filters.sector) &&
      (!filters.agency || m.agencyCode === filters.agency) &&
      (!filters.status || m.status === filters.status) &&
      (!needle || m.name.normalize('NFKC').toLowerCase().includes(needle)),
  );
}
