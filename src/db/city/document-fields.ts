import { NetZeroError } from '../../core/errors.js';

/** Optional fields are left out rather than written as null, as in the documents people write. */
export function opt<K extends string, V>(
  key: K,
  value: V | null | undefined,
): Partial<Record<K, V>> {
  return value === null || value === undefined ? {} : ({ [key]: value } as Partial<Record<K, V>>);
}

export function notes(list: readonly string[]): { notes?: string[] } {
  return list.length ? { notes: [...list] } : {};
}

/** A row's source and notes as a document cites them: the counterpart of rows.ts's citation. */
export function cited(row: { source_code: string | null; notes: readonly string[] }) {
  return { ...opt('source', row.source_code), ...notes(row.notes) };
}

/**
 * Two columns that a CHECK keeps null together (a baseline's year and value, a presentation's
 * heading and summary) as one field of the document: `both` of them, or null.
 */
export function bothOrNull<A, B, T>(a: A | null, b: B | null, both: (a: A, b: B) => T): T | null {
  return a === null || b === null ? null : both(a, b);
}

/** A column the schema's checks keep non-null in the rows that reach here. */
export function required<T>(value: T | null): T {
  if (value === null)
    throw new NetZeroError(
      'INTERNAL',
      'a required column is null: the database check constraints were bypassed',
    );
  return value;
}
