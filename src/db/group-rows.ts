/** Rows by a key of theirs, each group in the rows' order. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * A look-up from a parent's key to its child rows (those whose `column` holds it), in the rows'
 * order: one pass over the children instead of a filter per parent, where a read or an export
 * nests rows under their parents (a city's follow-up may run to 100,000 rows).
 *
 * @example
 *   const itemsOf = childrenBy(items, 'meeting_code');
 *   meetings.map((m) => ({ code: m.code, agendaItems: itemsOf(m.code).map(toItem) }));
 */
export function childrenBy<R, C extends keyof R>(
  rows: readonly R[],
  column: C,
): (key: R[C]) => R[] {
  const groups = groupBy(rows, (row) => row[column]);
  return (key) => groups.get(key) ?? [];
}
