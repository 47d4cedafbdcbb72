import { sql, type Kysely } from 'kysely';

/**
 * Registries (登錄清冊): kinds defined as data, and their cases.
 *
 * registry_kinds: one row per kind, its definition as the secretariat wrote it (validated by
 * core/registries/definition.ts before it is stored) and the agency that keeps it.
 *
 * registry_cases: every kind's cases in one table. What every kind has is a column (the natural
 * key, the placing period, the summed amount, the district), so the sums that feed indicators
 * and the summaries are plain indexed SQL at 200,000 cases; the rest of a case is `field_values`
 * (canonical text by field key). `amount` is numeric: exact, in the summed field's unit.
 * `kind_version` is the definition version the case was entered under. An aggregate case stands
 * for `case_count` cases a source reports only in total, and says where the total comes from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE registry_kinds (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]*$'),
    version int NOT NULL CHECK (version >= 1),
    agency_code text NOT NULL,
    definition jsonb NOT NULL,
    position int NOT NULL,
    PRIMARY KEY (city_id, code),
    FOREIGN KEY (city_id, agency_code) REFERENCES agencies(city_id, code)
      DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  await sql`CREATE TABLE registry_cases (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    kind_code text NOT NULL,
    kind_version int NOT NULL CHECK (kind_version >= 1),
    natural_key text NOT NULL,
    field_values jsonb NOT NULL,
    placed_from date NOT NULL,
    placed_on date NOT NULL CHECK (placed_on >= placed_from),
    placed_year int2 NOT NULL GENERATED ALWAYS AS (date_part('year', placed_on)) STORED,
    amount numeric CHECK (amount >= 0),
    case_count int NOT NULL DEFAULT 1 CHECK (case_count >= 1),
    aggregate boolean NOT NULL DEFAULT false,
    note text,
    district text,
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, id),
    UNIQUE (city_id, kind_code, natural_key),
    FOREIGN KEY (city_id, kind_code) REFERENCES registry_kinds(city_id, code) ON DELETE CASCADE,
    CHECK (aggregate OR case_count = 1),
    CHECK (aggregate = (note IS NOT NULL))
  )`.execute(db);
  await sql`CREATE INDEX registry_cases_placed ON registry_cases
    (city_id, kind_code, placed_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE registry_cases, registry_kinds`.execute(db);
}
