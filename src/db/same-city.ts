import type { AnyColumnWithTable, JoinBuilder } from 'kysely';

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
