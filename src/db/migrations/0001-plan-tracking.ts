import { sql } from 'kysely';
import { tablesMigration } from './steps.js';

/**
 * Plan tracking: cities, agencies, sources, plans, sectors, measures, indicators, targets,
 * results, reductions, emission factors, qualitative results, lagging explanations, and the
 * city's headline emission figures.
 *
 * Every table carries `city_id` and every primary key starts with it, so a large deployment
 * can distribute all tables by city on Citus and keep each city's joins on one node.
 * Decimals are `numeric` (exact), read back as strings. Identity ids are int4: they parse to
 * JS numbers on both drivers without precision questions.
 *
 * References to a city's shared lists (sources, agencies, emission factors) are checked at
 * commit (DEFERRABLE INITIALLY DEFERRED): deleting a whole city cascades to both the list and
 * the rows that cite it, and an immediate check could fire between the two.
 */
const statements = [
  sql`CREATE TABLE cities (
    id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]*$'),
    name text NOT NULL,
    name_en text,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`CREATE TABLE sources (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    code text NOT NULL,
    title text NOT NULL,
    publisher text,
    published_on date,
    kind text NOT NULL CHECK (kind IN ('report', 'minutes', 'news', 'law', 'dataset')),
    locator text,
    notes jsonb NOT NULL DEFAULT '[]',
    position int NOT NULL,
    PRIMARY KEY (city_id, code)
  )`,
  sql`CREATE TABLE agencies (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    code text NOT NULL,
    name text NOT NULL,
    name_en text,
    position int NOT NULL,
    PRIMARY KEY (city_id, code)
  )`,
  sql`CREATE TABLE emission_figures (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    year int NOT NULL,
    basis text NOT NULL CHECK (basis IN ('net', 'gross')),
    value_t numeric NOT NULL CHECK (value_t >= 0),
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    position int NOT NULL,
    PRIMARY KEY (city_id, year, basis),
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE TABLE emission_shares (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    year int NOT NULL,
    category text NOT NULL,
    percent numeric NOT NULL CHECK (percent >= 0 AND percent <= 100),
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    position int NOT NULL,
    PRIMARY KEY (city_id, year, category),
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE TABLE emission_factors (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    code text NOT NULL,
    version text NOT NULL,
    name text NOT NULL,
    value numeric NOT NULL CHECK (value >= 0),
    unit text NOT NULL,
    year int NOT NULL,
    source_code text,
    valid_from date,
    valid_to date CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    notes jsonb NOT NULL DEFAULT '[]',
    position int NOT NULL,
    PRIMARY KEY (city_id, code, version),
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE TABLE plans (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    code text NOT NULL,
    name text NOT NULL,
    name_en text,
    start_date date NOT NULL,
    end_date date NOT NULL CHECK (end_date >= start_date),
    goal_reduction_t numeric CHECK (goal_reduction_t >= 0),
    source_code text,
    published_source_code text,
    published_total_t numeric,
    published_notes jsonb,
    position int NOT NULL,
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, code),
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, published_source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE TABLE plan_sectors (
    city_id text NOT NULL,
    plan_code text NOT NULL,
    code text NOT NULL CHECK (code IN ('energy', 'manufacturing', 'residential_commercial', 'transport', 'agriculture', 'environment')),
    name text NOT NULL,
    name_en text,
    position int NOT NULL,
    published_reduction_t numeric,
    PRIMARY KEY (city_id, plan_code, code),
    FOREIGN KEY (city_id, plan_code) REFERENCES plans(city_id, code) ON DELETE CASCADE
  )`,
  sql`CREATE TABLE measures (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    plan_code text NOT NULL,
    sector_code text NOT NULL,
    no int NOT NULL CHECK (no >= 1),
    agency_code text,
    name text NOT NULL,
    notes jsonb NOT NULL DEFAULT '[]',
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, id),
    UNIQUE (city_id, plan_code, sector_code, no),
    FOREIGN KEY (city_id, plan_code, sector_code) REFERENCES plan_sectors(city_id, plan_code, code) ON DELETE CASCADE,
    FOREIGN KEY (city_id, agency_code) REFERENCES agencies(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE TABLE indicators (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    measure_id int NOT NULL,
    key text NOT NULL,
    position int NOT NULL,
    label text NOT NULL,
    unit text NOT NULL,
    target_kind text NOT NULL CHECK (target_kind IN ('cumulative', 'annual_rate', 'level', 'schedule', 'annual_change', 'observation')),
    target_value numeric,
    target_text text,
    baseline_value numeric,
    baseline_date date,
    due_date date,
    step numeric,
    notes jsonb NOT NULL DEFAULT '[]',
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, id),
    UNIQUE (city_id, measure_id, key),
    FOREIGN KEY (city_id, measure_id) REFERENCES measures(city_id, id) ON DELETE CASCADE,
    -- The shape each kind needs, enforced here too so no writer can store a target the
    -- progress engine cannot read.
    CHECK ((baseline_value IS NULL) = (baseline_date IS NULL)),
    CHECK (target_kind NOT IN ('cumulative', 'annual_rate', 'level') OR target_value IS NOT NULL),
    CHECK (target_kind NOT IN ('level', 'annual_change') OR baseline_value IS NOT NULL),
    CHECK (target_kind <> 'annual_change' OR step IS NOT NULL)
  )`,
  sql`CREATE TABLE target_schedule_points (
    city_id text NOT NULL,
    indicator_id int NOT NULL,
    year int NOT NULL,
    value numeric NOT NULL,
    PRIMARY KEY (city_id, indicator_id, year),
    FOREIGN KEY (city_id, indicator_id) REFERENCES indicators(city_id, id) ON DELETE CASCADE
  )`,
  sql`CREATE TABLE results (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    indicator_id int NOT NULL,
    position int NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL CHECK (period_end >= period_start),
    -- Calendar years of the period, stored so the summary can bucket figures by year without
    -- computing date_part for every row of every query (load-results.ts).
    start_year int2 GENERATED ALWAYS AS (date_part('year', period_start)) STORED,
    end_year int2 GENERATED ALWAYS AS (date_part('year', period_end)) STORED,
    value numeric NOT NULL,
    basis text NOT NULL CHECK (basis IN ('increment', 'total')),
    text text,
    notes jsonb NOT NULL DEFAULT '[]',
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, id),
    UNIQUE (city_id, indicator_id, period_start, period_end),
    FOREIGN KEY (city_id, indicator_id) REFERENCES indicators(city_id, id) ON DELETE CASCADE
  )`,
  sql`CREATE TABLE reductions (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    measure_id int NOT NULL,
    indicator_id int,
    position int NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL CHECK (period_end >= period_start),
    method text NOT NULL CHECK (method IN ('reported', 'computed')),
    value_t numeric,
    resolution_t numeric CHECK (resolution_t > 0),
    quantity numeric CHECK (quantity >= 0),
    quantity_unit text,
    factor_code text,
    factor_version text,
    notes jsonb NOT NULL DEFAULT '[]',
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, id),
    FOREIGN KEY (city_id, measure_id) REFERENCES measures(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, indicator_id) REFERENCES indicators(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, factor_code, factor_version) REFERENCES emission_factors(city_id, code, version) DEFERRABLE INITIALLY DEFERRED,
    CHECK (method <> 'reported' OR value_t IS NOT NULL),
    CHECK (method <> 'computed' OR (quantity IS NOT NULL AND quantity_unit IS NOT NULL AND factor_code IS NOT NULL))
  )`,
  sql`CREATE TABLE qualitative_results (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    measure_id int NOT NULL,
    position int NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL CHECK (period_end >= period_start),
    text text NOT NULL,
    notes jsonb NOT NULL DEFAULT '[]',
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, id),
    FOREIGN KEY (city_id, measure_id) REFERENCES measures(city_id, id) ON DELETE CASCADE
  )`,
  sql`CREATE TABLE lagging_explanations (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    measure_id int NOT NULL,
    indicator_id int,
    position int NOT NULL,
    as_of date NOT NULL,
    text text NOT NULL,
    progress_text text,
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, id),
    FOREIGN KEY (city_id, measure_id) REFERENCES measures(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, indicator_id) REFERENCES indicators(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE INDEX results_by_indicator ON results (city_id, indicator_id, period_end)`,
  sql`CREATE INDEX indicators_by_measure ON indicators (city_id, measure_id)`,
  sql`CREATE INDEX reductions_by_measure ON reductions (city_id, measure_id)`,
];

export const { up, down } = tablesMigration(statements, { ifExists: true });
