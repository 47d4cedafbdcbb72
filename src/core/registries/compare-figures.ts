import { interpolate } from '../catalog/catalog.js';
import { en } from '../catalog/en.js';
import { zhTW } from '../catalog/zh-TW.js';
import { Decimal, ZERO } from '../decimal.js';
import { compareDates, type IsoDate, type Period } from '../dates.js';
import type { ResultBasis } from '../targets.js';
import { assertSameDimension, getUnit } from '../units.js';
import type { Words } from './definition.js';

/**
 * Why a figure computed from a registry differs from the published one: none; the registry holds
 * fewer (cases not entered, or counted elsewhere) or more than the figure; an aggregate case
 * spans several published periods, so only the totals compare.
 */
export const registryDifferenceReasons = [
  'equal',
  'registry_short',
  'registry_over',
  'aggregate_spans_periods',
] as const;
export type RegistryDifferenceReason = (typeof registryDifferenceReasons)[number];

/** A figure of the indicator as published (Table 1's 110年 15 家次). */
export interface PublishedFigure {
  period: Period;
  value: Decimal;
  basis: ResultBasis;
}

/** The cases placed on one day, or one aggregate case, already added up (by the database). */
export interface PlacedTally {
  /** The first and last day of the placing date's period (one day for a dated case). */
  from: IsoDate;
  on: IsoDate;
  aggregate: boolean;
  /** Sum of the summed field in the tally unit; zero for a kind that counts. */
  amount: Decimal;
  cases: number;
}

/** A published figure and the one computed from the cases, side by side. */
export interface FedFigure {
  period: Period;
  basis: ResultBasis;
  published: Decimal;
  computed: Decimal;
  /** How many cases the computed figure is made of (an aggregate case counts as its cases). */
  cases: number;
  /** published − computed, in the indicator's unit. */
  difference: Decimal;
  reason: RegistryDifferenceReason;
  explanation: Words;
}

export interface FeedComparison {
  unit: string;
  figures: FedFigure[];
  /** All published figures to the last one's end against all cases to that day. */
  toDate: FedFigure | null;
}

/**
 * Computes an indicator's figures from a registry's cases and sets them beside the published
 * ones, saying why they differ. A figure of basis `increment` gets the cases placed inside its
 * period; a `total` (累計) gets every case of the plan placed up to its end. Sums are exact and
 * converted from the summed field's unit into the indicator's (MW → MWp); a count is the number
 * of cases, in whatever the indicator counts (家次). An aggregate case that spans more than one
 * published period cannot be split honestly, so such periods say to compare the totals.
 * @example compareWithPublished({ unit: '家次', tallyUnit: null, plan, published, tallies })
 *   .toDate // { published: 29, computed: 13, difference: 16, reason: 'registry_short', … }
 */
export function compareWithPublished(input: {
  unit: string;
  /** The summed field's unit, or null when the kind counts cases. */
  tallyUnit: string | null;
  plan: Period;
  published: readonly PublishedFigure[];
  tallies: readonly PlacedTally[];
}): FeedComparison {
  const unit = getUnit(input.unit, 'indicator.unit');
  const factor =
    input.tallyUnit === null ? new Decimal(1) : conversionFactor(input.tallyUnit, input.unit);
  const inPlan = input.tallies.filter((t) => compareDates(t.on, input.plan.start) >= 0);
  const figure = (period: Period, basis: ResultBasis, published: Decimal): FedFigure => {
    const from = basis === 'total' ? input.plan.start : period.start;
    const placed = inPlan.filter(
      (t) => compareDates(t.on, from) >= 0 && compareDates(t.on, period.end) <= 0,
    );
    const sum = placed.reduce(
      (acc, t) => acc.plus(input.tallyUnit === null ? t.cases : t.amount),
      ZERO,
    );
    const computed = sum.times(factor);
    const spans = placed.some((t) => t.aggregate && compareDates(t.from, from) < 0);
    return describe(period, basis, published, computed, placed, spans, unit.code);
  };
  const ordered = [...input.published].sort((a, b) => compareDates(a.period.end, b.period.end));
  const figures = ordered.map((p) => figure(p.period, p.basis, p.value));
  const last = ordered.at(-1);
  const toDate =
    last === undefined
      ? null
      : figure(
          { start: input.plan.start, end: last.period.end },
          'total',
          publishedToDate(ordered),
        );
  return { unit: unit.code, figures, toDate };
}

/** A level from figures walked in period order: a total sets it, an increment adds to it. */
function publishedToDate(ordered: readonly PublishedFigure[]): Decimal {
  return ordered.reduce((level, p) => (p.basis === 'total' ? p.value : level.plus(p.value)), ZERO);
}

function conversionFactor(from: string, to: string): Decimal {
  const a = getUnit(from, 'registry.tally.unit');
  const b = getUnit(to, 'indicator.unit');
  assertSameDimension(a, b, 'registry.feeds');
  return a.toBase.dividedBy(b.toBase);
}

function describe(
  period: Period,
  basis: ResultBasis,
  published: Decimal,
  computed: Decimal,
  placed: readonly PlacedTally[],
  spans: boolean,
  unit: string,
): FedFigure {
  const difference = published.minus(computed);
  const reason: RegistryDifferenceReason = spans
    ? 'aggregate_spans_periods'
    : difference.isZero()
      ? 'equal'
      : difference.isPositive()
        ? 'registry_short'
        : 'registry_over';
  const params = { difference: difference.abs().toFixed(), unit };
  return {
    period,
    basis,
    published,
    computed,
    cases: placed.reduce((n, t) => n + t.cases, 0),
    difference,
    reason,
    explanation: {
      zh: interpolate(zhTW.registryDifference[reason], params),
      en: interpolate(en.registryDifference[reason], params),
    },
  };
}
