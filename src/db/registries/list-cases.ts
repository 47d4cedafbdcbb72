import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import { notFound } from '../../core/errors.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';

export interface RegistryCaseFilter {
  /** A district as stored; `null` picks cases with none. */
  district?: string | null;
  /** Gregorian year of the day that places the case. */
  year?: number;
}

export interface RegistryCaseRecord {
  id: number;
  kindVersion: number;
  values: Record<string, string>;
  placedFrom: string;
  placedOn: string;
  amount: string | null;
  caseCount: number;
  aggregate: boolean;
  note: string | null;
  district: string | null;
}

function casesOf(db: Kysely<Tables>, city: string, kind: string, filter: RegistryCaseFilter) {
  let query = selectCityRows(db, 'registry_cases', city).where('kind_code', '=', kind);
  if (filter.district !== undefined)
    query =
      filter.district === null
        ? query.where('district', 'is', null)
        : query.where('district', '=', filter.district);
  if (filter.year !== undefined) query = query.where('placed_year', '=', filter.year);
  return query;
}

const caseColumns = [
  'id',
  'kind_version',
  'field_values',
  'placed_from',
  'placed_on',
  'amount',
  'case_count',
  'aggregate',
  'note',
  'district',
] as const;

type CaseColumns = Pick<Selectable<Tables['registry_cases']>, (typeof caseColumns)[number]>;

function present(r: CaseColumns): RegistryCaseRecord {
  return {
    id: r.id,
    kindVersion: r.kind_version,
    values: r.field_values,
    placedFrom: r.placed_from,
    placedOn: r.placed_on,
    amount: r.amount,
    caseCount: r.case_count,
    aggregate: r.aggregate,
    note: r.note,
    district: r.district,
  };
}

/** A page of a registry's cases, latest first, with how many match the filter. */
export async function listRegistryCases(
  db: Kysely<Tables>,
  city: string,
  kind: string,
  filter: RegistryCaseFilter & { limit: number; offset: number },
): Promise<{ total: number; cases: RegistryCaseRecord[] }> {
  const [count, rows] = await Promise.all([
    casesOf(db, city, kind, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
    casesOf(db, city, kind, filter)
      .select(caseColumns)
      .orderBy('placed_on', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return { total: count?.n ?? 0, cases: rows.map(present) };
}

/** One case of a registry; refuses an unknown one. */
export async function getRegistryCase(
  db: Kysely<Tables>,
  city: string,
  kind: string,
  id: number,
): Promise<RegistryCaseRecord> {
  const row = await casesOf(db, city, kind, {})
    .select(caseColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(`case ${String(id)} of registry "${kind}"`);
  return present(row);
}

/** Cases and the summed amount of one group of a summary (exact decimal text, null to count). */
export interface SummaryRow {
  key: string | number | null;
  cases: number;
  amount: string | null;
}

/**
 * A registry's totals by year, by district and by each of `groupBy`'s fields, over the cases the
 * filter picks: sums in SQL on exact numerics, aggregate cases counted as the cases they stand for.
 */
export async function summarizeRegistry(
  db: Kysely<Tables>,
  city: string,
  kind: string,
  groupBy: readonly string[],
  filter: RegistryCaseFilter,
): Promise<{
  total: SummaryRow;
  byYear: SummaryRow[];
  byDistrict: SummaryRow[];
  byField: { field: string; rows: SummaryRow[] }[];
}> {
  const base = () => casesOf(db, city, kind, filter);
  const tally = (r: { cases: string | number | null; amount: string | null }) => ({
    cases: Number(r.cases ?? 0),
    amount: r.amount,
  });
  const sums = (eb: ExpressionBuilder<Tables, 'registry_cases'>) => [
    eb.fn.sum<string | number>('case_count').as('cases'),
    eb.fn.sum<string | null>('amount').as('amount'),
  ];
  const [total, byYear, byDistrict, ...byField] = await Promise.all([
    base().select(sums).executeTakeFirst(),
    base()
      .select('placed_year as key')
      .select(sums)
      .groupBy('placed_year')
      .orderBy('placed_year')
      .execute(),
    base().select('district as key').select(sums).groupBy('district').orderBy('district').execute(),
    ...groupBy.map((field) =>
      base()
        .select((eb) => eb.ref('field_values', '->>').key(field).as('key'))
        .select(sums)
        .groupBy((eb) => eb.ref('field_values', '->>').key(field))
        .orderBy('key')
        .execute(),
    ),
  ]);
  if (!total) throw notFound(`registry "${kind}"`);
  return {
    total: { key: null, ...tally(total) },
    byYear: byYear.map((r) => ({ key: r.key, ...tally(r) })),
    byDistrict: byDistrict.map((r) => ({ key: r.key, ...tally(r) })),
    byField: groupBy.map((field, i) => ({
      field,
      rows: (byField[i] ?? []).map((r) => ({ key: r.key, ...tally(r) })),
    })),
  };
}

/** How many cases each of a city's registries holds (aggregate cases as the cases they stand for). */
export async function countRegistryCases(
  db: Kysely<Tables>,
  city: string,
): Promise<Map<string, number>> {
  const rows = await selectCityRows(db, 'registry_cases', city)
    .select((eb) => ['kind_code', eb.fn.sum<string | number>('case_count').as('cases')])
    .groupBy('kind_code')
    .execute();
  return new Map(rows.map((r) => [r.kind_code, Number(r.cases)]));
}
