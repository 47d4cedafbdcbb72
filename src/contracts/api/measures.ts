import { z } from 'zod';
import { sectorCode } from '../city-document.js';
import { decimalString, isoDate } from './common.js';
import { progressStatuses } from '../../core/progress/status.js';
import { resultBases, targetKinds } from '../../core/targets.js';

const status = z.enum(progressStatuses);
const targetKind = z.enum(targetKinds);

/** GET /api/v1/cities/{city}/plans/{plan}/measures/{sector}/{no}?asOf=YYYY-MM-DD */
export const measureDetailQuery = z.strictObject({ asOf: isoDate.optional() });

export const measureIndicator = z.strictObject({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  targetKind,
  /** The target as written (e.g. "750 MWp by 114", or the text of an unquantified one). */
  targetText: z.string().nullable(),
  target: decimalString.nullable(),
  baseline: z.strictObject({ value: decimalString, date: isoDate }).nullable(),
  dueDate: isoDate.nullable(),
  step: decimalString.nullable(),
  schedule: z.array(z.strictObject({ year: z.int(), value: decimalString })),
  /** Every published figure, in period order; `basis` says increment or running total. */
  results: z.array(
    z.strictObject({
      periodStart: isoDate,
      periodEnd: isoDate,
      value: decimalString,
      basis: z.enum(resultBases),
      text: z.string().nullable(),
    }),
  ),
  /** Actual vs expected at each year end of the plan (and at the as-of date): the chart's lines. */
  yearly: z.array(
    z.strictObject({
      date: isoDate,
      actual: decimalString.nullable(),
      expected: decimalString.nullable(),
    }),
  ),
  status,
  reason: z.string(),
  actual: decimalString.nullable(),
  expectedToDate: decimalString.nullable(),
  latestPeriodEnd: isoDate.nullable(),
});

export const measureDetailResponse = z.strictObject({
  city: z.string(),
  plan: z.string(),
  asOf: isoDate,
  sector: sectorCode,
  sectorName: z.string(),
  no: z.int(),
  name: z.string(),
  agency: z
    .strictObject({ code: z.string(), name: z.string(), nameEn: z.string().nullable() })
    .nullable(),
  status,
  reductionT: decimalString.nullable(),
  version: z.int(),
  indicators: z.array(measureIndicator),
  qualitativeResults: z.array(
    z.strictObject({ periodStart: isoDate, periodEnd: isoDate, text: z.string() }),
  ),
  laggingExplanations: z.array(
    z.strictObject({
      asOf: isoDate,
      indicatorKey: z.string().nullable(),
      text: z.string(),
      progressText: z.string().nullable(),
    }),
  ),
});
export type MeasureDetail = z.infer<typeof measureDetailResponse>;
