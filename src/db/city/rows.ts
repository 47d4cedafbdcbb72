import { sql, type Insertable, type SelectQueryBuilder, type Transaction } from 'kysely';
import { parseIsoPeriod } from '../../core/dates.js';
import type { CityTable } from '../city-scope.js';
import type { Tables } from '../tables.js';

/**
 * PostgreSQL allows 65,535 bind parameters per statement; 1,000 rows of ≤ 15 columns stays far
 * below it while keeping round trips few.
 */
const CHUNK_ROWS = 1000;

/** Inserts rows in chunks of CHUNK_ROWS, in order. */
export async function insertInChunks<T extends keyof Tables>(
  trx: Transaction<Tables>,
  table: T,
  rows: readonly Insertable<Tables[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK_ROWS))
      .execute();
  }
}

/**
 * Inserts one row per item: the `keys` every row shares (the tenant and the parent's key, such as
 * city_id and meeting_code) and the other columns, which `toRow` gives.
 *
 * @example
 *   await insertRows(trx, 'committee_resolutions', { city_id, meeting_code }, m.resolutions, (r) => ({
 *     number: r.number, text: r.text, …
 *   }));
 */
export async function insertRows<
  T extends keyof Tables,
  K extends keyof Insertable<Tables[T]>,
  Item,
>(
  trx: Transaction<Tables>,
  table: T,
  keys: Pick<Insertable<Tables[T]>, K>,
  items: readonly Item[],
  toRow: (item: Item) => Omit<Insertable<Tables[T]>, K>,
): Promise<void> {
  // Each row is whole (keys and toRow give every column between them), but TypeScript cannot see
  // through Pick and Omit on a table chosen by a type parameter.
  const rows = items.map(
    (item) => ({ ...keys, ...toRow(item) }) as unknown as Insertable<Tables[T]>,
  );
  await insertInChunks(trx, table, rows);
}

/** The tables whose rows keep a city's list in order: a `position` beside the tenant key. */
type CityListTable = {
  [T in keyof Tables]: Tables[T] extends { city_id: unknown; position: unknown } ? T : never;
}[keyof Tables];

/**
 * Inserts one of a city's lists as the document gives it: one row per item, each with city_id and
 * its position in the list (from `firstPosition`, to append after rows already stored).
 *
 * @example
 *   await insertCityList(trx, 'agencies', city_id, doc.agencies, (a) => ({ code: a.code, … }));
 */
export async function insertCityList<T extends CityListTable, Item>(
  trx: Transaction<Tables>,
  table: T,
  city_id: string,
  items: readonly Item[],
  toRow: (item: Item) => Omit<Insertable<Tables[T]>, 'city_id' | 'position'>,
  firstPosition = 0,
): Promise<void> {
  const rows = items.map((item, i) => cityListRow<T>(city_id, toRow(item), firstPosition + i));
  await insertInChunks(trx, table, rows);
}

/**
 * Inserts the lists that hang from a city's rows (a budget's allocations, a measure's reductions,
 * a member's terms): one row per item, with city_id and its position in its own list; `toRow`
 * gives the other columns, the parent's key among them.
 *
 * @example
 *   await insertEachList(trx, 'carbon_budget_allocations', city_id, budgets, (b) => b.allocations,
 *     (a, b) => ({ budget_code: b.code, sector: a.sector, cap_t: a.capT }));
 */
export async function insertEachList<T extends CityListTable, Parent, Item>(
  trx: Transaction<Tables>,
  table: T,
  city_id: string,
  parents: readonly Parent[],
  listOf: (parent: Parent) => readonly Item[],
  toRow: (
    item: Item,
    parent: Parent,
    parentIndex: number,
  ) => Omit<Insertable<Tables[T]>, 'city_id' | 'position'>,
): Promise<void> {
  const rows = parents.flatMap((parent, p) =>
    listOf(parent).map((item, position) =>
      cityListRow<T>(city_id, toRow(item, parent, p), position),
    ),
  );
  await insertInChunks(trx, table, rows);
}

function cityListRow<T extends CityListTable>(
  city_id: string,
  row: Omit<Insertable<Tables[T]>, 'city_id' | 'position'>,
  position: number,
): Insertable<Tables[T]> {
  // The row is whole (toRow gives every other column), but TypeScript cannot see through Omit
  // on a table chosen by a type parameter.
  return { city_id, ...row, position } as unknown as Insertable<Tables[T]>;
}

/**
 * The number after the last of a city's list: max(`column`) + 1 over `rows`, or `first` when the
 * list is empty (positions count from 0; printed numbers, such as 決議事項 3., from 1).
 *
 * @example
 *   await nextInList(selectCityRows(trx, 'committee_comments', city).where('item', '=', 2), 'number', 1)
 */
export async function nextInList<T extends CityTable>(
  rows: SelectQueryBuilder<Tables, T, object>,
  column: 'position' | 'number',
  first: number,
): Promise<number> {
  // sql.ref: Kysely cannot check a column of a table chosen by a type parameter.
  const { last } = await rows
    .select(sql<number | null>`max(${sql.ref(column)})`.as('last'))
    .executeTakeFirstOrThrow();
  return last === null ? first : last + 1;
}

/** jsonb notes: written as JSON text so both drivers store an array, not a PostgreSQL array. */
export function notesJson(notes: readonly string[] | undefined): string {
  return JSON.stringify(notes ?? []);
}

/** A document item's citation as its row stores it: the source it cites, if any, and its notes. */
export function citation(item: {
  source?: string | undefined;
  notes?: readonly string[] | undefined;
}) {
  return { source_code: item.source ?? null, notes: notesJson(item.notes) };
}

/** A nullable jsonb column: JSON text, or null when the document leaves the value out. */
export function jsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** A canonical ISO interval as the two date columns. */
export function splitPeriod(period: string): { period_start: string; period_end: string } {
  const { start, end } = parseIsoPeriod(period, 'period');
  return { period_start: start, period_end: end };
}
