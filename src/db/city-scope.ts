import {
  sql,
  type AnyColumnWithTable,
  type DeleteQueryBuilder,
  type DeleteResult,
  type JoinBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type UpdateQueryBuilder,
  type UpdateResult,
} from 'kysely';
import type { Tables } from './tables.js';

// Every table but `cities` starts its key with city_id (the tenant key, ARCHITECTURE.md
// "Database"), so most queries begin with the same condition and join on it: written once here.

/** A qualified column of the tables in a join (`'measures.agency_code'`), checked by Kysely. */
type Column<DB, TB extends keyof DB> = AnyColumnWithTable<DB, TB>;

/**
 * Joins two of a city's rows: the tenant key first (every key starts with `city_id`, so a join
 * stays local to the city's shard), then each pair of key columns. The tables are the ones the
 * first pair names.
 *
 * @example
 *   .leftJoin('agencies', (j) => onSameCity(j, ['agencies.code', 'measures.agency_code']))
 *   // ON agencies.city_id = measures.city_id AND agencies.code = measures.agency_code
 */
export function onSameCity<DB, TB extends keyof DB>(
  join: JoinBuilder<DB, TB>,
  ...keys: [
    readonly [Column<DB, TB>, Column<DB, TB>],
    ...(readonly [Column<DB, TB>, Column<DB, TB>])[],
  ]
): JoinBuilder<DB, TB> {
  const cityOf = (column: Column<DB, TB>) =>
    `${column.slice(0, column.lastIndexOf('.'))}.city_id` as Column<DB, TB>;
  const [left, right] = keys[0];
  return keys.reduce(
    (on, [l, r]) => on.onRef(l, '=', r),
    join.onRef(cityOf(left), '=', cityOf(right)),
  );
}

/** The tables that hold a city's rows (every one but `cities`, whose key is the city itself). */
export type CityTable = Exclude<keyof Tables, 'cities'>;

/**
 * `table.city_id = city`, the condition every query of a city's rows starts with. (Kysely cannot
 * type a condition on a table chosen by a type parameter; the callers' builders are typed.)
 */
const ofCity = (table: CityTable, city: string) =>
  sql<boolean>`${sql.ref(`${table}.city_id`)} = ${city}`;

/**
 * A city's rows in one table: every read starts from the tenant key.
 *
 * @example
 *   await selectCityRows(db, 'users', city).select('version').where('username', '=', name)
 */
export function selectCityRows<T extends CityTable>(db: Kysely<Tables>, table: T, city: string) {
  const widened: CityTable = table; // see ofCity
  const query = db.selectFrom(widened).where(ofCity(table, city));
  return query as unknown as SelectQueryBuilder<Tables, T, object>;
}

/** A city's rows in one table, to update. */
export function updateCityRows<T extends CityTable>(db: Kysely<Tables>, table: T, city: string) {
  const widened: CityTable = table; // see ofCity
  const query = db.updateTable(widened).where(ofCity(table, city));
  return query as unknown as UpdateQueryBuilder<Tables, T, T, UpdateResult>;
}

/** A city's rows in one table, to delete. */
export function deleteCityRows<T extends CityTable>(db: Kysely<Tables>, table: T, city: string) {
  const widened: CityTable = table; // see ofCity
  const query = db.deleteFrom(widened).where(ofCity(table, city));
  return query as unknown as DeleteQueryBuilder<Tables, T, DeleteResult>;
}
