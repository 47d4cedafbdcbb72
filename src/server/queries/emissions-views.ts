import type { Kysely } from 'kysely';
import type {
  CarbonBudgetListResponse,
  EmissionsSeriesResponse,
  InventoryResponse,
  PathwayResponse,
} from '../../contracts/api/emissions.js';
import type { Decimal } from '../../core/decimal.js';
import { NetZeroError } from '../../core/errors.js';
import type { InventoryTotals } from '../../core/emissions/inventory.js';
import {
  getCarbonBudgetStatus,
  getEmissionsPathway,
  loadActuals,
} from '../../db/emissions/emissions-status.js';
import { getInventoryTotals } from '../../db/emissions/inventory-store.js';
import { getInventorySummaries } from '../../db/emissions/inventory-summaries.js';
import { readInventories } from '../../db/emissions/read-emissions.js';
import { citedSources } from '../../db/city/cited-sources.js';
import { requireCity } from '../../db/city/cities.js';
import {
  carbonBudgetSources,
  listEmissionFigures,
  listEmissionShares,
  listEmissionTargets,
  listInventoryYears,
} from '../../db/emissions/emission-records.js';
import type { Tables } from '../../db/tables.js';
import { notFound } from '../../core/errors.js';
import { type InventoryStatus } from '../../core/vocabulary/lists.js';

/**
 * The emissions views of the API: the db/emissions functions, shaped for the contracts in
 * contracts/api/emissions.ts (Decimals as exact strings). `drafts` says whether the caller may see
 * draft inventories and draft carbon budgets; the routes decide it from the caller's role.
 */
const str = (d: Decimal) => d.toFixed();
const strOrNull = (d: Decimal | null) => (d === null ? null : d.toFixed());

function totals(t: InventoryTotals, status: InventoryStatus) {
  return {
    year: t.year,
    gwpSet: t.gwpSet,
    status,
    grossT: str(t.grossT),
    sinksT: str(t.sinksT),
    netT: str(t.netT),
    bySector: Object.fromEntries(Object.entries(t.bySector).map(([k, v]) => [k, str(v)])),
    byScope: { '1': str(t.byScope[1]), '2': str(t.byScope[2]), '3': str(t.byScope[3]) },
  };
}

async function inventoryStatuses(db: Kysely<Tables>, city: string) {
  const rows = await listInventoryYears(db, city);
  return new Map(rows.map((r) => [r.year, r.status]));
}

export async function emissionsSeries(
  db: Kysely<Tables>,
  city: string,
  drafts: boolean,
): Promise<EmissionsSeriesResponse> {
  await requireCity(db, city);
  const options = { publishedOnly: !drafts };
  const [figures, shares, inventories, statuses, actuals] = await Promise.all([
    listEmissionFigures(db, city),
    listEmissionShares(db, city),
    getInventorySummaries(db, city, options),
    inventoryStatuses(db, city),
    loadActuals(db, city, options),
  ]);
  return {
    city,
    includesDrafts: drafts,
    figures,
    inventories: inventories.map((t) => totals(t, statuses.get(t.year) ?? 'draft')),
    actuals: [...actuals.values()]
      .sort((a, b) => a.year - b.year)
      .map((a) => ({ year: a.year, netT: str(a.netT), origin: a.origin })),
    shares,
    sources: await citedSources(db, city, [
      ...figures.map((f) => f.source),
      ...shares.map((s) => s.source),
    ]),
  };
}

export async function inventoryDetail(
  db: Kysely<Tables>,
  city: string,
  year: number,
  drafts: boolean,
): Promise<{ view: InventoryResponse; totals: InventoryTotals }> {
  await requireCity(db, city);
  const [[doc], [computed]] = await Promise.all([
    readInventories(db, city, [year]),
    getInventoryTotals(db, city, [year]),
  ]);
  // A draft is "not found" for those who may not see drafts: its existence is not published either.
  if (!doc || !computed || (doc.status === 'draft' && !drafts))
    throw notFound(`the ${year} inventory of "${city}"`);
  const view = {
    ...totals(computed, doc.status),
    entries: computed.entries.map((e, i) => {
      const source = doc.entries[i];
      if (!source) throw new NetZeroError('INTERNAL', `entry ${i} of ${year} has no source row`);
      return {
        sector: e.sector,
        subsector: e.subsector,
        scope: e.scope,
        gpc: e.gpc,
        method: source.method,
        gas: e.gas,
        species: e.species,
        tonnesCO2e: strOrNull(e.tonnesCO2e),
        notationKey: e.notation,
        explanation: source.method === 'notation' ? source.explanation : null,
        factor: source.method === 'computed' ? source.factor : null,
        source: source.source ?? null,
      };
    }),
  };
  return { view, totals: computed };
}

export async function pathwayView(
  db: Kysely<Tables>,
  city: string,
  drafts: boolean,
): Promise<PathwayResponse> {
  await requireCity(db, city);
  const [pathway, targets] = await Promise.all([
    getEmissionsPathway(db, city, { publishedOnly: !drafts }),
    listEmissionTargets(db, city),
  ]);
  return {
    city,
    includesDrafts: drafts,
    baseYear: pathway.baseYear,
    targets,
    years: pathway.gap.map((g, i) => ({
      year: g.year,
      pathwayT: str(g.trajectoryT),
      origin: pathway.trajectory[i]?.origin ?? 'linear',
      actualT: strOrNull(g.actualT),
      gapT: strOrNull(g.gapT),
      gapPercent: strOrNull(g.gapPercent),
      referenceYear: g.referenceYear,
      requiredReductionT: strOrNull(g.requiredReductionT),
      plannedReductionT: str(g.plannedReductionT),
      remainingGapT: strOrNull(g.remainingGapT),
      remainingGapPercent: strOrNull(g.remainingGapPercent),
    })),
    sources: await citedSources(
      db,
      city,
      targets.map((t) => t.source),
    ),
  };
}

export async function carbonBudgetsView(
  db: Kysely<Tables>,
  city: string,
  drafts: boolean,
): Promise<CarbonBudgetListResponse> {
  await requireCity(db, city);
  const [budgets, sourceOf] = await Promise.all([
    getCarbonBudgetStatus(db, city, { publishedOnly: !drafts }),
    carbonBudgetSources(db, city),
  ]);
  const shown = budgets.map((b) => sourceOf.get(b.code) ?? null);
  return {
    city,
    includesDrafts: drafts,
    budgets: budgets.map((b) => ({
      code: b.code,
      name: b.name,
      startYear: b.startYear,
      endYear: b.endYear,
      capT: str(b.capT),
      capBasis: b.capBasis,
      periodCapT: str(b.periodCapT),
      pathwayCapT: strOrNull(b.pathwayCapT),
      actualT: str(b.actualT),
      yearsMeasured: b.yearsMeasured,
      complete: b.complete,
      remainingT: str(b.remainingT),
      years: b.years.map((y) => ({
        year: y.year,
        pathwayT: strOrNull(y.pathwayT),
        actualT: strOrNull(y.actualT),
      })),
      allocations: b.sectors.map((s) => ({
        sector: s.sector,
        capT: str(s.capT),
        actualT: strOrNull(s.actualT),
        remainingT: strOrNull(s.remainingT),
      })),
      approval: b.approval as CarbonBudgetListResponse['budgets'][number]['approval'],
      source: sourceOf.get(b.code) ?? null,
      version: b.history.length + 1,
      history: b.history.map((h) => ({ ...h, note: h.note ?? null })),
    })),
    sources: await citedSources(db, city, shown),
  };
}
