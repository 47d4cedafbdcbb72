import type {
  CarbonBudgetListResponse,
  EmissionsSeriesResponse,
  PathwayResponse,
} from './api/emissions.js';
import { csvLine } from './csv.js';

const COLUMNS = [
  'year',
  'net_t',
  'net_origin',
  'gross_t',
  'pathway_t',
  'pathway_origin',
  'target',
  'carbon_budget',
  'carbon_budget_cap_t',
  'carbon_budget_cap_basis',
  'carbon_budget_approval',
  'sources',
];

/**
 * The emissions series as one CSV row per year (docs/emissions-series-csv.md): actual net and
 * gross where the data holds them (empty otherwise: nothing is interpolated), the pathway, the
 * target of that year and the carbon budget whose period covers it. Tonnes stay exact.
 */
export function formatEmissionsSeriesCsv(
  series: EmissionsSeriesResponse,
  pathway: PathwayResponse,
  budgets: CarbonBudgetListResponse,
): string {
  const years = new Set<number>([
    ...series.actuals.map((a) => a.year),
    ...series.figures.map((f) => f.year),
    ...pathway.years.map((y) => y.year),
  ]);
  const titles = new Map(series.sources.map((s) => [s.code, s.title]));
  const lines = [csvLine(COLUMNS)];
  for (const year of [...years].sort((a, b) => a - b)) {
    const actual = series.actuals.find((a) => a.year === year);
    const gross = series.figures.find((f) => f.year === year && f.basis === 'gross');
    const path = pathway.years.find((y) => y.year === year);
    const target = pathway.targets.find((t) => t.year === year);
    const budget = budgets.budgets.find((b) => b.startYear <= year && year <= b.endYear);
    const cited = series.figures
      .filter((f) => f.year === year && f.source !== null)
      .map((f) => titles.get(f.source ?? '') ?? f.source ?? '');
    lines.push(
      csvLine([
        String(year),
        actual?.netT ?? '',
        actual?.origin ?? '',
        gross?.valueT ?? '',
        path?.pathwayT ?? '',
        path?.origin ?? '',
        target === undefined
          ? ''
          : target.kind === 'net_zero'
            ? 'net_zero'
            : `-${target.reductionPercent ?? ''}% vs ${String(target.baseYear)}`,
        budget?.code ?? '',
        budget?.capT ?? '',
        budget?.capBasis ?? '',
        budget?.approval ?? '',
        [...new Set(cited)].join('; '),
      ]),
    );
  }
  return lines.join('\n') + '\n';
}
