import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

/**
 * The extensions every PGlite of ours loads, so both engines run the same migrations: btree_gist
 * lets an exclusion constraint compare a city's key with `=` beside a range with `&&` (the credit
 * ledger's serials, migration 0013). A PGlite opened without it cannot use those tables.
 */
export const pgliteExtensions = { btree_gist };
