import { sql, type Kysely } from 'kysely';

/**
 * The column mapping a registry's keeping agency last imported with (field key → the header its
 * own spreadsheet uses, with a unit where the column gives one), so the next file from the same
 * office imports without mapping its columns again. One per kind: each kind has one keeping
 * agency, so this is that agency's mapping; it goes when the kind goes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE registry_mappings (
    city_id text NOT NULL,
    kind_code text NOT NULL,
    mapping jsonb NOT NULL,
    saved_by text NOT NULL,
    saved_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (city_id, kind_code),
    FOREIGN KEY (city_id, kind_code) REFERENCES registry_kinds(city_id, code) ON DELETE CASCADE
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE registry_mappings`.execute(db);
}
