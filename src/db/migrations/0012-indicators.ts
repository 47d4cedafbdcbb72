import { sql } from 'kysely';
import { indicatorVocabulary } from '../../core/indicators/vocabulary.js';
import { oneOf } from './one-of.js';
import { tablesMigration } from './steps.js';

/**
 * The sustainability indicators (永續發展指標): an indicator is a code; what it means is in its
 * versions, each in force over whole years (valid_to null while open), so a change keeps the
 * old version and every value is judged against the version of its year. A version's SDG links
 * (target '' for a goal as a whole), yearly targets and measure links go with it (cascade).
 * Values are per indicator and year, with the unit they were reported in and the qualitative
 * highlight the committee's resolution 2 requires.
 *
 * The CHECKs hold what the database can: a target-type version has a direction and an
 * observation-type one has none; targets said to be unknown only on a target-type version; a
 * baseline has both its year and value. That versions do not overlap is checked in core
 * (checkHistory) under the city's lock. References to agencies, groups and sources wait for the
 * commit, as the committee's do (deleting a city cascades by several paths).
 */
const statements = [
  sql`CREATE TABLE sdg_indicators (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    code text NOT NULL,
    position int NOT NULL,
    PRIMARY KEY (city_id, code)
  )`,
  sql`CREATE TABLE sdg_indicator_versions (
    city_id text NOT NULL,
    indicator_code text NOT NULL,
    valid_from int NOT NULL,
    valid_to int CHECK (valid_to IS NULL OR valid_to >= valid_from),
    name text NOT NULL,
    name_en text,
    definition text,
    group_code text,
    agency_code text NOT NULL,
    kind text NOT NULL CHECK (${oneOf('kind', indicatorVocabulary.kind)}),
    direction text CHECK (${oneOf('direction', indicatorVocabulary.direction)}),
    unit text NOT NULL,
    baseline_year int,
    baseline_value numeric,
    targets_unknown boolean NOT NULL DEFAULT false,
    source_code text,
    notes jsonb,
    PRIMARY KEY (city_id, indicator_code, valid_from),
    FOREIGN KEY (city_id, indicator_code) REFERENCES sdg_indicators(city_id, code) ON DELETE CASCADE,
    FOREIGN KEY (city_id, agency_code) REFERENCES agencies(city_id, code)
      DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, group_code) REFERENCES committee_groups(city_id, code)
      DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code)
      DEFERRABLE INITIALLY DEFERRED,
    CHECK ((kind = 'target') = (direction IS NOT NULL)),
    CHECK (kind = 'target' OR NOT targets_unknown),
    CHECK ((baseline_year IS NULL) = (baseline_value IS NULL))
  )`,
  sql`CREATE TABLE sdg_indicator_links (
    city_id text NOT NULL,
    indicator_code text NOT NULL,
    valid_from int NOT NULL,
    goal int NOT NULL CHECK (goal BETWEEN 1 AND 17),
    target text NOT NULL,
    position int NOT NULL,
    PRIMARY KEY (city_id, indicator_code, valid_from, goal, target),
    FOREIGN KEY (city_id, indicator_code, valid_from)
      REFERENCES sdg_indicator_versions(city_id, indicator_code, valid_from) ON DELETE CASCADE
  )`,
  sql`CREATE INDEX sdg_indicator_links_goal ON sdg_indicator_links (city_id, goal)`,
  sql`CREATE TABLE sdg_indicator_targets (
    city_id text NOT NULL,
    indicator_code text NOT NULL,
    valid_from int NOT NULL,
    year int NOT NULL,
    value numeric NOT NULL,
    PRIMARY KEY (city_id, indicator_code, valid_from, year),
    FOREIGN KEY (city_id, indicator_code, valid_from)
      REFERENCES sdg_indicator_versions(city_id, indicator_code, valid_from) ON DELETE CASCADE
  )`,
  sql`CREATE TABLE sdg_indicator_measures (
    city_id text NOT NULL,
    indicator_code text NOT NULL,
    valid_from int NOT NULL,
    plan_code text NOT NULL,
    sector_code text NOT NULL,
    measure_no int NOT NULL,
    position int NOT NULL,
    PRIMARY KEY (city_id, indicator_code, valid_from, plan_code, sector_code, measure_no),
    FOREIGN KEY (city_id, indicator_code, valid_from)
      REFERENCES sdg_indicator_versions(city_id, indicator_code, valid_from) ON DELETE CASCADE,
    FOREIGN KEY (city_id, plan_code, sector_code, measure_no)
      REFERENCES measures(city_id, plan_code, sector_code, no) ON DELETE CASCADE
  )`,
  sql`CREATE TABLE sdg_indicator_values (
    city_id text NOT NULL,
    indicator_code text NOT NULL,
    year int NOT NULL,
    value numeric NOT NULL,
    unit text NOT NULL,
    highlight text NOT NULL CHECK (btrim(highlight) <> ''),
    explanation text,
    source_code text,
    notes jsonb,
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (city_id, indicator_code, year),
    FOREIGN KEY (city_id, indicator_code) REFERENCES sdg_indicators(city_id, code) ON DELETE CASCADE,
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code)
      DEFERRABLE INITIALLY DEFERRED
  )`,
];

export const { up, down } = tablesMigration(statements);
