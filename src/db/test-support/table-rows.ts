import type { Selectable } from 'kysely';
import type { Tables } from '../tables.js';

/**
 * Every table's row as Kysely reads it back: what `declared-columns.ts` reads with the
 * TypeScript compiler to compare the hand-written table types with the migrated database.
 */
export type TableRows = { [Table in keyof Tables]: Selectable<Tables[Table]> };
