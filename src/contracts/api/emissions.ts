import { z } from 'zod';
import { BUDGET_STATUSES } from '../../core/emissions/carbon-budget.js';
import { GWP_SETS } from '../../core/emissions/gases.js';
import { INVENTORY_SECTORS } from '../../core/emissions/sectors.js';
import { decimalString, timestamp, versioned } from './common.js';
import { publicationDate } from '../source-document.js';
import {
  capBases,
  costPerTonneReasons,
  emissionOrigins,
  emissionTargetKinds,
  entryMethods,
  inventoryStatuses,
  trajectoryOrigins,
} from '../../core/vocabulary/lists.js';

/**
 * The emissions API (issue #5): tonnes and NT$ travel as decimal strings, unknown as null.
 * Anonymous readers see published inventories and budgets past draft; a city's admin and
 * reviewers see drafts too (each response says which it is in `includesDrafts`).
 */
const tonnes = decimalString;
const gwpSet = z.enum(GWP_SETS);
const budgetStatus = z.enum(BUDGET_STATUSES);

/**
 * A source a response cites, so a reader sees its title rather than its code. Each response
 * lists the sources its `source` codes name (`sources`), once each, in the city's order.
 */
export const citedSource = z.strictObject({
  code: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  /** 2023, 2023-11 or 2023-11-20: as precise as the publication gives it. */
  publishedOn: publicationDate.nullable(),
  /** The city says no date is known (rather than not having recorded one). */
  dateUnknown: z.boolean(),
  url: z.string().nullable(),
  documentNumber: z.string().nullable(),
  /** The city says no web address is known. */
  urlUnknown: z.boolean(),
  /** Where inside the publication (a chapter, a page), as the city recorded it. */
  locator: z.string().nullable(),
});
export type CitedSource = z.infer<typeof citedSource>;

const inventoryTotals = z.strictObject({
  year: z.int(),
  gwpSet,
  status: z.enum(inventoryStatuses),
  grossT: tonnes,
  sinksT: tonnes,
  netT: tonnes,
  bySector: z.record(z.string(), tonnes),
  byScope: z.strictObject({ '1': tonnes, '2': tonnes, '3': tonnes }),
});

/** GET /api/v1/cities/{city}/emissions: the series — headline figures, inventories, actual net per year. */
export const emissionsSeriesResponse = z.strictObject({
  city: z.string(),
  includesDrafts: z.boolean(),
  /** Headline figures as sources print them (net or gross), without entries behind them. */
  figures: z.array(
    z.strictObject({
      year: z.int(),
      basis: z.string(),
      valueT: tonnes,
      source: z.string().nullable(),
    }),
  ),
  /** Inventories computed from their entries under their GWP set (never stored). */
  inventories: z.array(inventoryTotals),
  /** Net emissions per year: an inventory's net where one has entries, else the headline figure. */
  actuals: z.array(
    z.strictObject({ year: z.int(), netT: tonnes, origin: z.enum(emissionOrigins) }),
  ),
  /** Shares of the emissions by category (sector, direct/indirect) as sources print them, in %. */
  shares: z.array(
    z.strictObject({
      year: z.int(),
      category: z.string(),
      percent: decimalString,
      source: z.string().nullable(),
    }),
  ),
  sources: z.array(citedSource),
});
export type EmissionsSeriesResponse = z.infer<typeof emissionsSeriesResponse>;

/** GET /api/v1/cities/{city}/inventories/{year}: one inventory, entry by entry. */
export const inventoryResponse = inventoryTotals.extend({
  entries: z.array(
    z.strictObject({
      sector: z.string(),
      subsector: z.string(),
      scope: z.int(),
      gpc: z.string(),
      method: z.enum(entryMethods),
      gas: z.string().nullable(),
      /** The molecule of the gas (HFC-134a of HFCs), null when none is named. */
      species: z.string().nullable(),
      /** null for a notation key: not zero, not known. */
      tonnesCO2e: tonnes.nullable(),
      notationKey: z.string().nullable(),
      explanation: z.string().nullable(),
      factor: z.strictObject({ code: z.string(), version: z.string() }).nullable(),
      source: z.string().nullable(),
    }),
  ),
});
export type InventoryResponse = z.infer<typeof inventoryResponse>;

/** POST /api/v1/cities/{city}/inventories (admin): the inventory CSV of docs/inventory-csv.md. */
export const inventoryUploadRequest = z.strictObject({
  csv: z.string().min(1),
  /** Replace the years the file holds; without it a year already present is a CONFLICT. */
  replace: z.boolean().default(false),
});
export const inventoryUploadResponse = z.strictObject({
  years: z.array(z.int()),
  entries: z.int(),
});

/** PATCH /api/v1/cities/{city}/inventories/{year} (admin): switch the GWP set. */
export const inventoryGwpRequest = z.strictObject({
  gwpSet,
  /** The set the caller saw; another set now means someone changed it first (409). */
  expectedGwpSet: gwpSet,
});

/** GET /api/v1/cities/{city}/pathway: targets, the path year by year and the gap. */
export const pathwayResponse = z.strictObject({
  city: z.string(),
  includesDrafts: z.boolean(),
  baseYear: z.int(),
  targets: z.array(
    z.strictObject({
      year: z.int(),
      kind: z.enum(emissionTargetKinds),
      baseYear: z.int().nullable(),
      reductionPercent: decimalString.nullable(),
      source: z.string().nullable(),
    }),
  ),
  years: z.array(
    z.strictObject({
      year: z.int(),
      pathwayT: tonnes,
      /** baseline, target, point (edited), linear (between those). */
      origin: z.enum(trajectoryOrigins),
      actualT: tonnes.nullable(),
      gapT: tonnes.nullable(),
      gapPercent: decimalString.nullable(),
      referenceYear: z.int().nullable(),
      requiredReductionT: tonnes.nullable(),
      plannedReductionT: tonnes,
      remainingGapT: tonnes.nullable(),
      remainingGapPercent: decimalString.nullable(),
    }),
  ),
  sources: z.array(citedSource),
});
export type PathwayResponse = z.infer<typeof pathwayResponse>;

const carbonBudget = z.strictObject({
  code: z.string(),
  name: z.string().nullable(),
  startYear: z.int(),
  endYear: z.int(),
  capT: tonnes,
  capBasis: z.enum(capBases),
  periodCapT: tonnes,
  /** The cap the pathway implies (its sum over the period); null where it does not reach. */
  pathwayCapT: tonnes.nullable(),
  actualT: tonnes,
  yearsMeasured: z.array(z.int()),
  /** Every year measured: only then is remainingT final. */
  complete: z.boolean(),
  remainingT: tonnes,
  years: z.array(
    z.strictObject({ year: z.int(), pathwayT: tonnes.nullable(), actualT: tonnes.nullable() }),
  ),
  allocations: z.array(
    z.strictObject({
      sector: z.string(),
      capT: tonnes,
      actualT: tonnes.nullable(),
      remainingT: tonnes.nullable(),
    }),
  ),
  approval: budgetStatus,
  source: z.string().nullable(),
  /** Steps taken + 1: send it back with a transition. */
  version: z.int(),
  history: z.array(
    z.strictObject({
      from: z.string(),
      to: z.string(),
      by: z.string(),
      at: timestamp,
      note: z.string().nullable(),
    }),
  ),
});

/** GET /api/v1/cities/{city}/carbon-budgets */
export const carbonBudgetListResponse = z.strictObject({
  city: z.string(),
  includesDrafts: z.boolean(),
  budgets: z.array(carbonBudget),
  sources: z.array(citedSource),
});
export type CarbonBudgetListResponse = z.infer<typeof carbonBudgetListResponse>;

/**
 * POST /api/v1/cities/{city}/carbon-budgets (admin): a new budget, in draft. Sector allocations,
 * if any, must add up to the cap exactly; the period must not overlap another budget.
 */
export const createCarbonBudgetRequest = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, - and _'),
    name: z.string().trim().min(1).max(200).optional(),
    startYear: z.int().min(1990).max(2100),
    endYear: z.int().min(1990).max(2100),
    capT: tonnes,
    capBasis: z.enum(capBases),
    allocations: z
      .array(z.strictObject({ sector: z.enum(INVENTORY_SECTORS), capT: tonnes }))
      .default([]),
  })
  .refine((b) => b.endYear >= b.startYear, {
    path: ['endYear'],
    message: 'must be on or after the start year',
  });

/** POST /api/v1/cities/{city}/carbon-budgets/{code}/transitions (admin) → the budget. */
export const budgetTransitionRequest = versioned.extend({
  to: budgetStatus,
  /** The body that took the step (推動會, 市議會); the audit trail records the signed-in user. */
  by: z.string().trim().min(1).max(200),
  note: z.string().max(2000).optional(),
});
export const carbonBudgetResponse = carbonBudget;

const costRow = z.strictObject({
  key: z.string(),
  amountNtd: decimalString.nullable(),
  reductionT: tonnes.nullable(),
  ntdPerT: decimalString.nullable(),
  reason: z.enum(costPerTonneReasons).nullable(),
});

/** GET /api/v1/cities/{city}/money-budgets: totals by domain (unknown stays null) and NT$ per tCO₂e. */
export const moneyBudgetListResponse = z.array(
  z.strictObject({
    code: z.string(),
    name: z.string(),
    year: z.int(),
    declaredTotalNtd: decimalString.nullable(),
    knownNtd: decimalString,
    /** What the declared total holds beyond the known items (Kaohsiung: 56 億). */
    unattributedNtd: decimalString.nullable(),
    domains: z.array(
      z.strictObject({
        domain: z.string(),
        knownNtd: decimalString,
        unknownItems: z.int(),
        /** null while any item's amount is unknown. */
        totalNtd: decimalString.nullable(),
      }),
    ),
    costPerTonne: z.strictObject({ measures: z.array(costRow), domains: z.array(costRow) }),
    /** The items as the city recorded them; an unknown amount is null (with the source's note). */
    items: z.array(
      z.strictObject({
        domain: z.string(),
        title: z.string().nullable(),
        agency: z.strictObject({ code: z.string(), name: z.string() }).nullable(),
        year: z.int(),
        amountNtd: decimalString.nullable(),
        amountNote: z.string().nullable(),
        /** Linked measures as plan/sector/no. */
        measures: z.array(z.strictObject({ plan: z.string(), sector: z.string(), no: z.int() })),
        source: z.string().nullable(),
      }),
    ),
    source: z.string().nullable(),
    sources: z.array(citedSource),
  }),
);
export type MoneyBudgetListResponse = z.infer<typeof moneyBudgetListResponse>;
