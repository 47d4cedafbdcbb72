import { z } from 'zod';
import { indicatorVocabulary } from '../core/indicators/vocabulary.js';
import { code, decimalText, notes, text, year } from './primitives.js';

/** A year's target value of a target-type version, in the version's unit. */
const yearlyTarget = z.strictObject({ year, value: decimalText });

/**
 * One version of an indicator: what it was from `validFrom` to `validTo` (Gregorian years; null
 * while in force). A change (definition, unit, target, type) is a new version; the old one keeps
 * its years, so values are always judged against the version of their year.
 */
export const indicatorVersionSchema = z.strictObject({
  validFrom: year,
  validTo: year.nullable(),
  name: text,
  nameEn: text.nullable().default(null),
  definition: text.nullable().default(null),
  /** The committee group (綠色經濟組 …); null where no source says which. */
  group: code.nullable().default(null),
  agency: code,
  kind: z.enum(indicatorVocabulary.kind),
  direction: z.enum(indicatorVocabulary.direction).nullable().default(null),
  unit: text,
  baseline: z.strictObject({ year, value: decimalText }).nullable().default(null),
  /** SDG goals tied as a whole, and targets by their UN code (7.2, 11.b). */
  sdgGoals: z.array(z.int()).default([]),
  sdgTargets: z.array(z.string()).default([]),
  targets: z.array(yearlyTarget).default([]),
  /** A target-type indicator whose target values no source gives. */
  targetsUnknown: z.boolean().default(false),
  /** Net-zero measures the indicator overlaps with. */
  measures: z.array(z.strictObject({ plan: code, sector: code, no: z.int().min(1) })).default([]),
  source: code.nullable().default(null),
  notes,
});
export type IndicatorVersionDocument = z.infer<typeof indicatorVersionSchema>;

/** A year's reported value with its qualitative highlight (and, if it missed, the explanation). */
export const indicatorValueSchema = z.strictObject({
  year,
  value: decimalText,
  unit: text,
  highlight: text,
  explanation: text.nullable().default(null),
  source: code.nullable().default(null),
  notes,
});
export type IndicatorValueDocument = z.infer<typeof indicatorValueSchema>;

export const indicatorSchema = z.strictObject({
  code,
  versions: z.array(indicatorVersionSchema).min(1),
  values: z.array(indicatorValueSchema).default([]),
});
export type IndicatorDocument = z.infer<typeof indicatorSchema>;

/**
 * A city's sustainability indicators (format netzero-indicators/1): the registry with every
 * version, and the yearly values. `synthetic: true` marks generated test data, never a city's;
 * such a document must say so in every indicator's names (validateIndicatorsDocument).
 */
export const indicatorsDocumentSchema = z.strictObject({
  format: z.literal('netzero-indicators/1'),
  city: code,
  synthetic: z.boolean().default(false),
  notes,
  indicators: z.array(indicatorSchema),
});
export type IndicatorsDocument = z.infer<typeof indicatorsDocumentSchema>;
