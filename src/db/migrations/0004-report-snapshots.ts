import { sql, type Kysely } from 'kysely';

/**
 * Report snapshots: a generated report keeps the exact data it was made from, so the same
 * report can be produced again, identical, after the records change.
 *
 * `model` is the report model as JSON text (not jsonb, which would reorder keys and so change
 * the bytes the hash is taken of). `content_hash` is the SHA-256 of that text; a city never
 * stores the same content twice.
 *
 * No foreign key to cities or plans, on purpose: `import --replace` deletes and recreates a
 * city, which would cascade, and a snapshot must outlive the records it froze.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE report_snapshots (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    kind text NOT NULL CHECK (kind IN ('results')),
    plan_code text NOT NULL,
    as_of date NOT NULL,
    model text NOT NULL,
    content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (city_id, id),
    UNIQUE (city_id, content_hash)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS report_snapshots`.execute(db);
}
