import { z } from 'zod';
import { BUDGET_STATUSES } from '../core/emissions/carbon-budget.js';
import { GASES, GWP_SETS } from '../core/emissions/gases.js';
import { NOTATION_KEYS } from '../core/emissions/inventory-entry.js';
import { code, decimalText, notes, text, year } from './primitives.js';
import { capBases, inventoryStatuses } from '../core/vocabulary/lists.js';

/**
 * The emissions sections of the city document (docs/city-document.md, "Emissions"): optional and
 * additive, so every `netzero-city/1` file written before them stays valid and exports of a city
 * without them are unchanged.
 */

export const factorGas = z.enum(GASES, {
  message: `unknown gas; the gases are ${GASES.join(', ')}`,
});
const scope = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  message: 'scope must be 1, 2 or 3',
});
/** species: the molecule of an HFC or PFC (HFC-134a, CF4; gas-species.ts), required for their masses. */
const entryBase = {
  subsector: code,
  scope,
  species: text.optional(),
  source: code.optional(),
  notes,
};

export const inventoryEntrySchema = z.discriminatedUnion('method', [
  z.strictObject({
    ...entryBase,
    method: z.literal('reported'),
    valueT: decimalText,
    gas: factorGas.optional(),
  }),
  z.strictObject({
    ...entryBase,
    method: z.literal('gas_mass'),
    gas: factorGas,
    mass: decimalText,
    massUnit: text,
  }),
  z.strictObject({
    ...entryBase,
    method: z.literal('computed'),
    activity: decimalText,
    activityUnit: text,
    factor: z.strictObject({ code, version: text }),
  }),
  z.strictObject({
    ...entryBase,
    method: z.literal('notation'),
    key: z.enum(NOTATION_KEYS),
    explanation: text,
    gas: factorGas.optional(),
  }),
]);

export const inventorySchema = z.strictObject({
  year,
  gwpSet: z.enum(GWP_SETS, {
    message: `an inventory needs a GWP set: ${GWP_SETS.join(', ')}`,
  }),
  status: z.enum(inventoryStatuses).default('draft'),
  source: code.optional(),
  notes,
  entries: z.array(inventoryEntrySchema).default([]),
});

export const emissionTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    year,
    kind: z.literal('reduction'),
    baseYear: year,
    reductionPercent: decimalText,
    source: code.optional(),
    notes,
  }),
  z.strictObject({ year, kind: z.literal('net_zero'), source: code.optional(), notes }),
]);

export const carbonBudgetSchema = z.strictObject({
  code,
  name: text.optional(),
  startYear: year,
  endYear: year,
  capT: decimalText,
  /** period_total (default): the period's allowance; annual: a level for each year of the period. */
  capBasis: z.enum(capBases).default('period_total'),
  status: z.enum(BUDGET_STATUSES).default('draft'),
  source: code.optional(),
  allocations: z.array(z.strictObject({ sector: code, capT: decimalText })).default([]),
  history: z
    .array(
      z.strictObject({
        from: z.enum(BUDGET_STATUSES),
        to: z.enum(BUDGET_STATUSES),
        by: text,
        at: z.iso.datetime({ offset: true, message: 'must be an ISO date-time' }),
        note: text.optional(),
      }),
    )
    .default([]),
  notes,
});

export const moneyBudgetSchema = z.strictObject({
  code,
  name: text,
  year,
  /** The total the source declares, NT$; null when it gives none. */
  totalNtd: decimalText.nullable(),
  source: code.optional(),
  notes,
  items: z
    .array(
      z.strictObject({
        domain: code,
        title: text.optional(),
        agency: code.optional(),
        year,
        amountNtd: decimalText.nullable(),
        /** Required when amountNtd is null: why the amount is unknown. */
        amountNote: text.optional(),
        measures: z
          .array(z.strictObject({ plan: code, sector: code, no: z.int().min(1) }))
          .default([]),
        source: code.optional(),
        notes,
      }),
    )
    .default([]),
});

/** Spread into the city document's schema. */
export const emissionsSections = {
  inventories: z.array(inventorySchema).optional(),
  emissionTargets: z.array(emissionTargetSchema).optional(),
  pathwayPoints: z.array(z.strictObject({ year, valueT: decimalText, notes })).optional(),
  carbonBudgets: z.array(carbonBudgetSchema).optional(),
  moneyBudgets: z.array(moneyBudgetSchema).optional(),
};

export type InventoryDocument = z.infer<typeof inventorySchema>;
export type InventoryEntryDocument = z.infer<typeof inventoryEntrySchema>;
export type CarbonBudgetDocument = z.infer<typeof carbonBudgetSchema>;
export type MoneyBudgetDocument = z.infer<typeof moneyBudgetSchema>;
export type EmissionTargetDocument = z.infer<typeof emissionTargetSchema>;
