import { z } from 'zod';
import { indicatorVocabulary } from '../../core/indicators/vocabulary.js';
import { indicatorSchema, indicatorVersionSchema } from '../indicator-document.js';
import { code, decimalText, text, year } from '../primitives.js';

const bilingual = z.strictObject({ zh: z.string(), en: z.string() });

/** `?year=2025`: the year to judge (default: the last whole year in Taiwan). */
export const indicatorYearQuery = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/, 'must be a year such as 2025')
    .transform(Number)
    .optional(),
});

/** A year judged against the version in force that year. */
export const indicatorYearResponse = z.strictObject({
  year,
  status: z.enum(indicatorVocabulary.status),
  reason: z.enum(indicatorVocabulary.statusReason),
  value: decimalText.nullable(),
  target: decimalText.nullable(),
  unit: text,
  validFrom: year,
  highlight: z.string().nullable(),
  explanation: z.string().nullable(),
});
export type IndicatorYearResponse = z.infer<typeof indicatorYearResponse>;

const labelled = z.strictObject({ code, name: text, nameEn: z.string().nullable() });

/** An indicator as listed: its version in force (or last), and the judged year. */
export const indicatorSummary = z.strictObject({
  code,
  name: text,
  nameEn: z.string().nullable(),
  kind: z.enum(indicatorVocabulary.kind),
  direction: z.enum(indicatorVocabulary.direction).nullable(),
  unit: text,
  agency: labelled,
  group: labelled.nullable(),
  sdgGoals: z.array(z.int()),
  sdgTargets: z.array(z.string()),
  /** The last year of its last version, when it has been retired. */
  retiredAfter: year.nullable(),
  /** The judged year; null when no version is in force that year. */
  status: indicatorYearResponse.nullable(),
});
export type IndicatorSummary = z.infer<typeof indicatorSummary>;

export const indicatorListResponse = z.strictObject({
  year,
  indicators: z.array(indicatorSummary),
  /** The 17 goals, each with the codes of the indicators tied to it (as a whole or by target). */
  goals: z.array(z.strictObject({ number: z.int(), title: bilingual, indicators: z.array(code) })),
  /** Indicators tied to no SDG. */
  unlinked: z.array(code),
  /** Where the goals' and targets' words come from. */
  sdgSource: text,
});
export type IndicatorListResponse = z.infer<typeof indicatorListResponse>;

/** One indicator: every version (with its SDG targets' words), and every year judged. */
export const indicatorResponse = z.strictObject({
  summary: indicatorSummary,
  versions: z.array(
    indicatorVersionSchema.extend({
      sdgTargetTitles: z.array(z.strictObject({ code: z.string(), title: bilingual })),
      sdgGoalTitles: z.array(z.strictObject({ number: z.int(), title: bilingual })),
    }),
  ),
  values: indicatorSchema.shape.values,
  years: z.array(indicatorYearResponse),
  sdgSource: text,
});
export type IndicatorResponse = z.infer<typeof indicatorResponse>;
