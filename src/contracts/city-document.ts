import { z } from 'zod';
import { code, decimalText, isoDate, notes, text } from './primitives.js';
import { emissionsSections, factorGas } from './emissions-document.js';
import { committeeDocumentSchema } from './committee-document.js';
import { creditsSection } from './credits-document.js';
import { sourceSchema } from './source-document.js';
import { resultBases } from '../core/targets.js';
import { registryDocumentSchema } from './registry-document.js';
// Sustainability indicators (issue 15); `indicatorSchema` here is a measure's indicator.
import { indicatorSchema as sustainabilityIndicatorSchema } from './indicator-document.js';
import { emissionBases, sectorCodes } from '../core/vocabulary/lists.js';

/**
 * The city document `netzero-city/1`: the Kaohsiung dataset, `netzero import` and
 * `netzero export` all use this one schema (docs/city-document.md explains it).
 *
 * This schema checks shapes; `validateCityDocument` (validate-city-document.ts) checks meaning
 * (units exist, periods parse, references resolve, numbers are unique) and returns the
 * canonical form that the database stores.
 */

/** A period: an ISO interval (2021-01-01/2021-12-31) or a ROC expression (110年, 112年1-9月). */
const period = text;

export const sectorCode = z.enum(sectorCodes);
export type SectorCode = z.infer<typeof sectorCode>;

const baseline = z.strictObject({ value: decimalText, date: isoDate });

const targetText = text.optional();
export const targetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('cumulative'),
    value: decimalText,
    dueDate: isoDate.optional(),
    text: targetText,
  }),
  z.strictObject({ kind: z.literal('annual_rate'), value: decimalText, text: targetText }),
  z.strictObject({
    kind: z.literal('level'),
    value: decimalText,
    baseline,
    dueDate: isoDate.optional(),
    text: targetText,
  }),
  z.strictObject({
    kind: z.literal('schedule'),
    points: z
      .array(z.strictObject({ year: z.int().min(1912).max(2200), value: decimalText }))
      .min(1),
    baseline: baseline.optional(),
    text: targetText,
  }),
  z.strictObject({
    kind: z.literal('annual_change'),
    baseline,
    step: decimalText,
    text: targetText,
  }),
  z.strictObject({ kind: z.literal('observation'), text: targetText }),
]);
export type TargetDocument = z.infer<typeof targetSchema>;

export const resultSchema = z.strictObject({
  period,
  value: decimalText,
  basis: z.enum(resultBases),
  text: text.optional(),
  notes,
});

export const indicatorSchema = z.strictObject({
  key: code,
  label: text,
  unit: text,
  target: targetSchema,
  results: z.array(resultSchema).default([]),
  notes,
});

export const reductionSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('reported'),
    indicator: code.optional(),
    period,
    valueT: decimalText,
    resolutionT: decimalText.optional(),
    notes,
  }),
  z.strictObject({
    method: z.literal('computed'),
    indicator: code.optional(),
    period,
    quantity: decimalText,
    quantityUnit: text,
    factor: z.strictObject({ code, version: text }),
    notes,
  }),
]);

export const measureSchema = z.strictObject({
  sector: sectorCode,
  no: z.int().min(1).max(9999),
  agency: code.nullable(),
  name: text,
  notes,
  indicators: z.array(indicatorSchema).default([]),
  reductions: z.array(reductionSchema).default([]),
  qualitativeResults: z.array(z.strictObject({ period, text, notes })).default([]),
  laggingExplanations: z
    .array(
      z.strictObject({
        indicator: code.optional(),
        asOf: isoDate,
        text,
        progressText: text.optional(),
        source: code.optional(),
        notes,
      }),
    )
    .default([]),
});

export const planSchema = z.strictObject({
  code,
  name: text,
  nameEn: text.optional(),
  start: isoDate,
  end: isoDate,
  goalReductionT: decimalText.optional(),
  source: code.optional(),
  sectors: z.array(z.strictObject({ code: sectorCode, name: text, nameEn: text.optional() })),
  published: z
    .strictObject({
      source: code.optional(),
      totalReductionT: decimalText.optional(),
      sectorReductionT: z.partialRecord(sectorCode, decimalText).optional(),
      notes,
    })
    .optional(),
  measures: z.array(measureSchema).default([]),
});

export const cityDocumentSchema = z.strictObject({
  format: z.literal('netzero-city/1'),
  city: z.strictObject({ code, name: text, nameEn: text.optional() }),
  sources: z.array(sourceSchema).default([]),
  agencies: z
    .array(
      z.strictObject({
        code,
        name: text,
        nameEn: text.optional(),
        /** Where the committee's reminders to the agency are mailed (validated addresses). */
        contacts: z.array(z.strictObject({ name: text.optional(), address: text })).optional(),
      }),
    )
    .default([]),
  emissionFigures: z
    .array(
      z.strictObject({
        year: z.int().min(1900).max(2200),
        basis: z.enum(emissionBases),
        valueT: decimalText,
        source: code.optional(),
        notes,
      }),
    )
    .default([]),
  emissionShares: z
    .array(
      z.strictObject({
        year: z.int().min(1900).max(2200),
        category: code,
        percent: decimalText,
        source: code.optional(),
        notes,
      }),
    )
    .default([]),
  emissionFactors: z
    .array(
      z.strictObject({
        code,
        version: text,
        name: text,
        value: decimalText,
        unit: text,
        year: z.int().min(1900).max(2200),
        source: code.optional(),
        validFrom: isoDate.optional(),
        validTo: isoDate.optional(),
        // Added for the inventory (0003-emissions): the gas a factor gives a mass of (none = CO₂e),
        // and the version this one replaces, so a published figure's factor is never edited.
        gas: factorGas.optional(),
        supersedes: text.optional(),
        notes,
      }),
    )
    .default([]),
  ...emissionsSections,
  plans: z.array(planSchema).default([]),
  /**
   * The city's committee (推動會) as `netzero committee export` writes it, absent when the city has
   * none. Its agencies and sources are the city's: it adds none of its own here.
   */
  committee: committeeDocumentSchema.optional(),
  /** Registries (登錄清冊, issue 17): each kind's definition and cases, absent when it has none. */
  registries: z.array(registryDocumentSchema).optional(),
  /** The credits ledger (減量額度), absent when the city has no offset project or holder. */
  credits: creditsSection.optional(),
  /**
   * Sustainability indicators (永續發展指標, issue 15), as `netzero indicators export` has them:
   * every version with its SDG links, targets and measures, and the yearly values; absent when
   * the city has none.
   */
  indicators: z.array(sustainabilityIndicatorSchema).optional(),
});

/** A city document as read (before `validateCityDocument`). */
export type CityDocumentInput = z.input<typeof cityDocumentSchema>;
/** A city document after shape checks; `validateCityDocument` makes it canonical. */
export type CityDocument = z.infer<typeof cityDocumentSchema>;
export type PlanDocument = z.infer<typeof planSchema>;
export type MeasureDocument = z.infer<typeof measureSchema>;
export type IndicatorDocument = z.infer<typeof indicatorSchema>;
export type ResultDocument = z.infer<typeof resultSchema>;
export type ReductionDocument = z.infer<typeof reductionSchema>;
