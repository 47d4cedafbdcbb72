/**
 * Kysely's view of the database: one property per table, typed as the rows read back
 * (see type-parsers.ts for how values are shaped). The tables themselves are in tables.ts.
 */
export type { Tables as DB } from './tables.js';
