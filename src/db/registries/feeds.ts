import type { Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import {
  compareWithPublished,
  type FeedComparison,
} from '../../core/registries/compare-figures.js';
import type { RegistryDefinition, RegistryFeed } from '../../core/registries/definition.js';
import { fieldOf } from '../../core/registries/definition.js';
import { onSameCity, selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { listRegistryKinds } from './kinds.js';
import { planPeriodOf } from './plan-period.js';

/** A registry kind's figures beside its indicator's published ones. */
export interface RegistryFeedReport {
  kind: string;
  feeds: RegistryFeed;
  indicator: { id: number; measureId: number; label: string; unit: string } | null;
  /** null when the indicator the kind names does not exist (any more) in the city. */
  comparison: FeedComparison | null;
}

/** The indicator a kind names by plan, sector, measure number and key, if the city has it. */
async function findFedIndicator(db: Kysely<Tables>, city: string, feeds: RegistryFeed) {
  return selectCityRows(db, 'indicators', city)
    .innerJoin('measures', (j) => onSameCity(j, ['measures.id', 'indicators.measure_id']))
    .select([
      'indicators.id',
      'indicators.measure_id as measureId',
      'indicators.label',
      'indicators.unit',
    ])
    .where('measures.plan_code', '=', feeds.plan)
    .where('measures.sector_code', '=', feeds.sector)
    .where('measures.no', '=', feeds.measure)
    .where('indicators.key', '=', feeds.indicator)
    .executeTakeFirst();
}

/**
 * The cases of a kind added up by the period that places them (SQL, exact numerics): a few
 * hundred rows however many cases there are, folded into periods by compareWithPublished.
 */
async function placedTallies(db: Kysely<Tables>, city: string, kind: string) {
  const rows = await selectCityRows(db, 'registry_cases', city)
    .select((eb) => [
      'placed_from',
      'placed_on',
      'aggregate',
      eb.fn.sum<string | null>('amount').as('amount'),
      eb.fn.sum<string | number>('case_count').as('cases'),
    ])
    .where('kind_code', '=', kind)
    .groupBy(['placed_from', 'placed_on', 'aggregate'])
    .execute();
  return rows.map((r) => ({
    from: r.placed_from,
    on: r.placed_on,
    aggregate: r.aggregate,
    amount: new Decimal(r.amount ?? 0),
    cases: Number(r.cases),
  }));
}

/** One kind's computed figures beside the published ones of the indicator it feeds. */
export async function compareRegistryFeed(
  db: Kysely<Tables>,
  city: string,
  definition: RegistryDefinition & { feeds: RegistryFeed },
): Promise<RegistryFeedReport> {
  const { feeds } = definition;
  const indicator = await findFedIndicator(db, city, feeds);
  if (!indicator) return { kind: definition.code, feeds, indicator: null, comparison: null };
  const [published, tallies, plan] = await Promise.all([
    selectCityRows(db, 'results', city)
      .select(['period_start', 'period_end', 'value', 'basis'])
      .where('indicator_id', '=', indicator.id)
      .execute(),
    placedTallies(db, city, definition.code),
    planPeriodOf(db, city, definition),
  ]);
  const comparison = compareWithPublished({
    unit: indicator.unit,
    tallyUnit:
      definition.tally.kind === 'sum'
        ? (fieldOf(definition, definition.tally.field).unit ?? null)
        : null,
    plan,
    published: published.map((r) => ({
      period: { start: r.period_start, end: r.period_end },
      value: new Decimal(r.value),
      basis: r.basis,
    })),
    tallies,
  });
  return { kind: definition.code, feeds, indicator, comparison };
}

/** Every registry of the city that feeds an indicator, each beside its published figures. */
export async function compareRegistryFeeds(
  db: Kysely<Tables>,
  city: string,
): Promise<RegistryFeedReport[]> {
  const kinds = await listRegistryKinds(db, city);
  const fed = kinds.filter((k): k is RegistryDefinition & { feeds: RegistryFeed } => !!k.feeds);
  return Promise.all(fed.map((k) => compareRegistryFeed(db, city, k)));
}
