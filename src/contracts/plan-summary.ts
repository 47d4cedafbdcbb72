import { z } from 'zod';
import type { Decimal } from '../core/decimal.js';
import type { PlanSummary } from '../core/plan-summary/types.js';
import type { Reconciliation } from '../core/rollup/reconcile.js';
import { sectorCode } from './city-document.js';
import { progressStatuses } from '../core/progress/status.js';
import { targetKinds } from '../core/targets.js';

/**
 * The plan summary JSON: a stable contract shared by `netzero plan summary --json` and
 * `GET /api/v1/cities/{city}/plans/{plan}/summary`. Decimals are strings; tonnes have two
 * decimals; `reductionT` is null when no reduction is reported (not the same as zero).
 */
const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/);
const status = z.enum(progressStatuses);
const statusCounts = z.strictObject({
  achieved: z.int(),
  on_track: z.int(),
  lagging: z.int(),
  no_data: z.int(),
  observation: z.int(),
});

export const reconciliationSchema = z.strictObject({
  publishedT: decimalString,
  computedT: decimalString,
  displayedRowsT: decimalString,
  differenceT: decimalString,
  roundingBoundT: decimalString,
  withinRounding: z.boolean(),
  explanation: z.strictObject({ zh: z.string(), en: z.string() }),
});

export const indicatorSummarySchema = z.strictObject({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  targetKind: z.enum(targetKinds),
  target: decimalString.nullable(),
  actual: decimalString.nullable(),
  expectedToDate: decimalString.nullable(),
  status,
  reason: z.string(),
  latestPeriodEnd: z.iso.date().nullable(),
  years: z
    .array(
      z.strictObject({
        year: z.int(),
        actual: decimalString.nullable(),
        expected: decimalString,
        met: z.boolean().nullable(),
      }),
    )
    .optional(),
});

export const planSummarySchema = z.strictObject({
  city: z.string(),
  plan: z.string(),
  asOf: z.iso.date(),
  sectors: z.array(
    z.strictObject({
      code: sectorCode,
      name: z.string(),
      measures: z.int(),
      status: statusCounts,
      reductionT: decimalString,
      reductionUncertaintyT: decimalString,
      published: reconciliationSchema.nullable(),
    }),
  ),
  measures: z.array(
    z.strictObject({
      sector: sectorCode,
      no: z.int(),
      agency: z.string().nullable(),
      agencyCode: z.string().nullable(),
      name: z.string(),
      status,
      reductionT: decimalString.nullable(),
      indicators: z.array(indicatorSummarySchema),
    }),
  ),
  status: statusCounts,
  totalReductionT: decimalString,
  totalReductionUncertaintyT: decimalString,
  goalReductionT: decimalString.nullable(),
  published: reconciliationSchema.nullable(),
});
export type PlanSummaryJson = z.infer<typeof planSummarySchema>;

const tonnes = (value: Decimal) => value.toFixed(2);
const plain = (value: Decimal | null) => (value === null ? null : value.toFixed());
/** Ratios of days (expected values, some targets): four decimals, never 60 digits. */
const expected = (value: Decimal | null) =>
  value === null ? null : value.toDecimalPlaces(4).toFixed();

function presentReconciliation(r: Reconciliation | null): PlanSummaryJson['published'] {
  if (!r) return null;
  return {
    publishedT: tonnes(r.publishedT),
    computedT: tonnes(r.computedT),
    displayedRowsT: tonnes(r.displayedRowsT),
    differenceT: tonnes(r.differenceT),
    roundingBoundT: tonnes(r.roundingBoundT),
    withinRounding: r.withinRounding,
    explanation: r.explanation,
  };
}

/** The JSON form of a computed summary (the one presenter for CLI and API). */
export function presentPlanSummary(summary: PlanSummary): PlanSummaryJson {
  return planSummarySchema.parse({
    city: summary.city,
    plan: summary.plan,
    asOf: summary.asOf,
    sectors: summary.sectors.map((s) => ({
      code: s.code,
      name: s.name,
      measures: s.rollup.measures,
      status: s.rollup.status,
      reductionT: tonnes(s.rollup.reductionT),
      reductionUncertaintyT: tonnes(s.rollup.uncertaintyT),
      published: presentReconciliation(s.reconciliation),
    })),
    measures: summary.measures.map((m) => ({
      sector: m.sector,
      no: m.no,
      agency: m.agency?.name ?? null,
      agencyCode: m.agency?.code ?? null,
      name: m.name,
      status: m.status,
      reductionT: m.reduction ? tonnes(m.reduction.valueT) : null,
      indicators: m.indicators.map((i) => ({
        key: i.key,
        label: i.label,
        unit: i.unit,
        targetKind: i.targetKind,
        // Targets of change-per-year and part-year rates are ratios of days too.
        target: expected(i.target),
        actual: plain(i.actual),
        expectedToDate: expected(i.expectedToDate),
        status: i.status,
        reason: i.reason,
        latestPeriodEnd: i.latestPeriodEnd,
        ...(i.years
          ? {
              years: i.years.map((y) => ({
                year: y.year,
                actual: plain(y.actual),
                expected: expected(y.expected) ?? '0',
                met: y.met,
              })),
            }
          : {}),
      })),
    })),
    status: summary.total.status,
    totalReductionT: tonnes(summary.total.reductionT),
    totalReductionUncertaintyT: tonnes(summary.total.uncertaintyT),
    goalReductionT: summary.goalReductionT ? tonnes(summary.goalReductionT) : null,
    published: presentReconciliation(summary.reconciliation),
  });
}
