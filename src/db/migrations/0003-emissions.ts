import { sql } from 'kysely';
import { tablesMigration } from './steps.js';

/**
 * Emissions: city inventories (entries by subsector, scope and gas; GWP set per inventory),
 * targets and edited pathway points, carbon budgets with sector allocations and their approval
 * history, and the net-zero money budget linked to measures. Emission factors gain a gas and the
 * version they supersede.
 *
 * Rules the database keeps itself, whoever writes: a notation key needs an explanation; only
 * sinks may be negative; budget periods of a city may not overlap; a factor that a published
 * inventory or a reduction uses is never edited in place (add a version that supersedes it).
 */
const statements = [
  sql`ALTER TABLE emission_factors
    ADD COLUMN gas text CHECK (gas IN ('CO2', 'CH4', 'N2O', 'HFCs', 'PFCs', 'SF6', 'NF3')),
    ADD COLUMN supersedes_version text`,
  sql`CREATE TABLE inventories (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    year int NOT NULL,
    gwp_set text NOT NULL CHECK (gwp_set IN ('AR4', 'AR5', 'AR6')),
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (city_id, year),
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE TABLE inventory_entries (
    city_id text NOT NULL,
    year int NOT NULL,
    position int NOT NULL,
    subsector text NOT NULL,
    sector text NOT NULL,
    scope int2 NOT NULL CHECK (scope IN (1, 2, 3)),
    method text NOT NULL CHECK (method IN ('reported', 'gas_mass', 'computed', 'notation')),
    gas text CHECK (gas IN ('CO2', 'CH4', 'N2O', 'HFCs', 'PFCs', 'SF6', 'NF3')),
    value_t numeric CHECK (value_t >= 0 OR sector = 'sinks'),
    mass numeric CHECK (mass >= 0),
    mass_unit text,
    activity numeric CHECK (activity >= 0),
    activity_unit text,
    factor_code text,
    factor_version text,
    notation_key text CHECK (notation_key IN ('NO', 'IE', 'NE', 'C')),
    explanation text,
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (city_id, year, position),
    FOREIGN KEY (city_id, year) REFERENCES inventories(city_id, year) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (city_id, factor_code, factor_version) REFERENCES emission_factors(city_id, code, version) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED,
    CHECK (method <> 'reported' OR value_t IS NOT NULL),
    CHECK (method <> 'gas_mass' OR (gas IS NOT NULL AND mass IS NOT NULL AND mass_unit IS NOT NULL)),
    CHECK (method <> 'computed' OR (activity IS NOT NULL AND activity_unit IS NOT NULL AND factor_code IS NOT NULL)),
    CHECK (method <> 'notation' OR (notation_key IS NOT NULL AND length(trim(coalesce(explanation, ''))) > 0))
  )`,
  sql`CREATE TABLE emission_targets (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    year int NOT NULL,
    kind text NOT NULL CHECK (kind IN ('reduction', 'net_zero')),
    base_year int,
    reduction_percent numeric CHECK (reduction_percent >= 0 AND reduction_percent <= 100),
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (city_id, year),
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED,
    CHECK (kind <> 'reduction' OR (base_year IS NOT NULL AND reduction_percent IS NOT NULL))
  )`,
  sql`CREATE TABLE pathway_points (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    year int NOT NULL,
    value_t numeric NOT NULL CHECK (value_t >= 0),
    notes jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (city_id, year)
  )`,
  sql`CREATE TABLE carbon_budgets (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    code text NOT NULL,
    name text,
    start_year int NOT NULL,
    end_year int NOT NULL CHECK (end_year >= start_year),
    cap_t numeric NOT NULL CHECK (cap_t >= 0),
    cap_basis text NOT NULL DEFAULT 'period_total' CHECK (cap_basis IN ('period_total', 'annual')),
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'committee_reviewed', 'council_approved')),
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    position int NOT NULL,
    PRIMARY KEY (city_id, code),
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  // Overlap is refused here too, so no writer can put one year under two caps. A trigger, not an
  // exclusion constraint: that would need btree_gist, which PGlite does not ship.
  sql`CREATE FUNCTION carbon_budgets_no_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM carbon_budgets b
                 WHERE b.city_id = NEW.city_id AND b.code <> NEW.code
                   AND b.start_year <= NEW.end_year AND NEW.start_year <= b.end_year) THEN
        RAISE EXCEPTION 'carbon budget % (%-%) overlaps another budget of city %',
          NEW.code, NEW.start_year, NEW.end_year, NEW.city_id USING ERRCODE = '23P01';
      END IF;
      RETURN NEW;
    END $$`,
  sql`CREATE TRIGGER carbon_budgets_no_overlap BEFORE INSERT OR UPDATE ON carbon_budgets
    FOR EACH ROW EXECUTE FUNCTION carbon_budgets_no_overlap()`,
  sql`CREATE TABLE carbon_budget_allocations (
    city_id text NOT NULL,
    budget_code text NOT NULL,
    sector text NOT NULL,
    cap_t numeric NOT NULL CHECK (cap_t >= 0),
    position int NOT NULL,
    PRIMARY KEY (city_id, budget_code, sector),
    FOREIGN KEY (city_id, budget_code) REFERENCES carbon_budgets(city_id, code) ON DELETE CASCADE
  )`,
  sql`CREATE TABLE carbon_budget_transitions (
    city_id text NOT NULL,
    budget_code text NOT NULL,
    seq int NOT NULL,
    from_status text NOT NULL,
    to_status text NOT NULL,
    actor text NOT NULL,
    at timestamptz NOT NULL,
    note text,
    PRIMARY KEY (city_id, budget_code, seq),
    FOREIGN KEY (city_id, budget_code) REFERENCES carbon_budgets(city_id, code) ON DELETE CASCADE
  )`,
  sql`CREATE TABLE money_budgets (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    code text NOT NULL,
    name text NOT NULL,
    year int NOT NULL,
    total_ntd numeric CHECK (total_ntd >= 0),
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    position int NOT NULL,
    PRIMARY KEY (city_id, code),
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE TABLE money_budget_items (
    city_id text NOT NULL,
    budget_code text NOT NULL,
    position int NOT NULL,
    domain text NOT NULL,
    title text,
    agency_code text,
    year int NOT NULL,
    -- NULL is "the source gives no amount", which a note must explain; never 0.
    amount_ntd numeric CHECK (amount_ntd >= 0),
    amount_note text,
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (city_id, budget_code, position),
    FOREIGN KEY (city_id, budget_code) REFERENCES money_budgets(city_id, code) ON DELETE CASCADE,
    FOREIGN KEY (city_id, agency_code) REFERENCES agencies(city_id, code) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED,
    CHECK (amount_ntd IS NOT NULL OR amount_note IS NOT NULL)
  )`,
  sql`CREATE TABLE money_budget_item_measures (
    city_id text NOT NULL,
    budget_code text NOT NULL,
    item_position int NOT NULL,
    position int NOT NULL,
    plan_code text NOT NULL,
    sector_code text NOT NULL,
    measure_no int NOT NULL,
    PRIMARY KEY (city_id, budget_code, item_position, position),
    FOREIGN KEY (city_id, budget_code, item_position) REFERENCES money_budget_items(city_id, budget_code, position) ON DELETE CASCADE,
    FOREIGN KEY (city_id, plan_code, sector_code, measure_no) REFERENCES measures(city_id, plan_code, sector_code, no) ON DELETE CASCADE
  )`,
  // A figure records the factor version it used; editing that version would change a published
  // figure behind its back. Superseding (a new version) is the way to change a factor.
  sql`CREATE FUNCTION emission_factors_frozen_when_used() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (NEW.value, NEW.unit, NEW.gas, NEW.year) IS DISTINCT FROM (OLD.value, OLD.unit, OLD.gas, OLD.year)
         AND (EXISTS (SELECT 1 FROM inventory_entries e JOIN inventories i
                        ON i.city_id = e.city_id AND i.year = e.year
                      WHERE e.city_id = OLD.city_id AND e.factor_code = OLD.code
                        AND e.factor_version = OLD.version AND i.status = 'published')
              OR EXISTS (SELECT 1 FROM reductions r
                      WHERE r.city_id = OLD.city_id AND r.factor_code = OLD.code
                        AND r.factor_version = OLD.version)) THEN
        RAISE EXCEPTION 'emission factor % version % is used by a published figure; add a new version that supersedes it',
          OLD.code, OLD.version USING ERRCODE = '23514';
      END IF;
      RETURN NEW;
    END $$`,
  sql`CREATE TRIGGER emission_factors_frozen_when_used BEFORE UPDATE ON emission_factors
    FOR EACH ROW EXECUTE FUNCTION emission_factors_frozen_when_used()`,
  sql`CREATE INDEX inventory_entries_by_factor ON inventory_entries (city_id, factor_code, factor_version)`,
];

export const { up, down } = tablesMigration(statements, {
  ifExists: true,
  afterDrop: [
    sql`DROP FUNCTION IF EXISTS carbon_budgets_no_overlap()`,
    sql`DROP TRIGGER IF EXISTS emission_factors_frozen_when_used ON emission_factors`,
    sql`DROP FUNCTION IF EXISTS emission_factors_frozen_when_used()`,
    sql`ALTER TABLE emission_factors DROP COLUMN IF EXISTS gas, DROP COLUMN IF EXISTS supersedes_version`,
  ],
});
