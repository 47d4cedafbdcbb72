import { sql } from 'kysely';
import {
  creditAccountKinds,
  creditOperationKinds,
  projectRegistrationStatuses,
} from '../../core/credits/vocabulary.js';
import { tablesMigration } from './steps.js';

const listOf = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * The credits ledger (減量額度): offset projects, their monitoring periods with verified
 * reductions, and a double-entry ledger of credits with serial numbers.
 *
 * The invariants are the database's, not only the code's, so no writer (a second server, a bug,
 * a psql session) can break them:
 * - every serial of a city exists once: credit_blocks, the current holding of every serial
 *   ever issued, excludes overlapping serial ranges (btree_gist: city_id `=`, range `&&`);
 * - credit_entries are the journal: each debits one account and credits another by the same
 *   serials. A trigger moves the blocks as each entry is written, and refuses an entry whose
 *   serials the debited account does not hold (so no balance goes below zero, and a retired or
 *   used credit, held by a final account, never moves again), an entry whose accounts do not fit
 *   its operation, and an issue beyond the period's verified tonnes (locking the period row);
 * - operations and entries are append-only and blocks change only through that trigger
 *   (pg_trigger_depth: a cascade from deleting a whole city is the only other way).
 * Balances are never stored: they are the entries' sums, which equal the blocks (tested).
 */
const statements = [
  sql`CREATE EXTENSION IF NOT EXISTS btree_gist`,
  sql`CREATE TABLE credit_projects (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9_-]*$'),
    name text NOT NULL CHECK (length(name) > 0),
    name_en text,
    proponent text NOT NULL CHECK (length(proponent) > 0),
    description text,
    methodology text,
    registration_status text NOT NULL
      CHECK (registration_status IN (${listOf(projectRegistrationStatuses)})),
    registration_number text,
    registered_on date,
    measure_plan_code text,
    measure_sector_code text,
    measure_no int,
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    position int NOT NULL,
    PRIMARY KEY (city_id, code),
    UNIQUE (city_id, registration_number),
    CHECK (registration_status = 'registered' OR (registration_number IS NULL AND registered_on IS NULL)),
    CHECK ((measure_plan_code IS NULL) = (measure_no IS NULL)
       AND (measure_sector_code IS NULL) = (measure_no IS NULL)),
    FOREIGN KEY (city_id, measure_plan_code, measure_sector_code, measure_no)
      REFERENCES measures(city_id, plan_code, sector_code, no) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  // A period's reported reduction is what the proponent's monitoring report claims; the verified
  // one what the verifier (查驗機構) confirmed, the only figure credits may be issued from.
  sql`CREATE TABLE credit_periods (
    city_id text NOT NULL,
    project_code text NOT NULL,
    no int NOT NULL CHECK (no >= 1),
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    reported_t numeric CHECK (reported_t > 0),
    verified_t numeric CHECK (verified_t > 0),
    verified_on date,
    source_code text,
    notes jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (city_id, project_code, no),
    CHECK (ends_on >= starts_on),
    CHECK ((verified_t IS NULL) = (verified_on IS NULL)),
    EXCLUDE USING gist (city_id WITH =, project_code WITH =,
      daterange(starts_on, ends_on, '[]') WITH &&),
    FOREIGN KEY (city_id, project_code) REFERENCES credit_projects(city_id, code)
      ON DELETE CASCADE,
    FOREIGN KEY (city_id, source_code) REFERENCES sources(city_id, code) DEFERRABLE INITIALLY DEFERRED
  )`,
  // A holder's code is a code like any; the city's system accounts are `_` and their kind.
  sql`CREATE TABLE credit_accounts (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9_-]*$' OR (kind <> 'holder' AND code = '_' || kind)),
    kind text NOT NULL CHECK (kind IN (${listOf(creditAccountKinds)})),
    name text NOT NULL CHECK (length(name) > 0),
    name_en text,
    PRIMARY KEY (city_id, code)
  )`,
  sql`CREATE UNIQUE INDEX credit_accounts_one_system_account ON credit_accounts (city_id, kind)
    WHERE kind <> 'holder'`,
  // period_no for an issue only; reference: the obligation a use is set against (e.g. a carbon
  // fee's notice), or on whose behalf credits were retired.
  sql`CREATE TABLE credit_operations (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    id int GENERATED ALWAYS AS IDENTITY,
    kind text NOT NULL CHECK (kind IN (${listOf(creditOperationKinds)})),
    project_code text,
    period_no int,
    on_date date NOT NULL,
    reference text,
    note text,
    idempotency_key text,
    actor text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (city_id, id),
    UNIQUE (city_id, idempotency_key),
    CHECK ((kind = 'issue') = (period_no IS NOT NULL)),
    CHECK ((project_code IS NULL) = (period_no IS NULL)),
    FOREIGN KEY (city_id, project_code, period_no) REFERENCES credit_periods(city_id, project_code, no)
      DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE TABLE credit_entries (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    operation_id int NOT NULL,
    position int NOT NULL CHECK (position >= 1),
    debit_account text NOT NULL,
    credit_account text NOT NULL,
    project_code text NOT NULL,
    period_no int NOT NULL,
    first_serial bigint NOT NULL CHECK (first_serial >= 1),
    last_serial bigint NOT NULL,
    PRIMARY KEY (city_id, operation_id, position),
    CHECK (last_serial >= first_serial),
    CHECK (debit_account <> credit_account),
    FOREIGN KEY (city_id, operation_id) REFERENCES credit_operations(city_id, id)
      DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, debit_account) REFERENCES credit_accounts(city_id, code)
      DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, credit_account) REFERENCES credit_accounts(city_id, code)
      DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, project_code, period_no) REFERENCES credit_periods(city_id, project_code, no)
      DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE INDEX credit_entries_project ON credit_entries (city_id, project_code, period_no)`,
  sql`CREATE INDEX credit_entries_serials ON credit_entries
    USING gist (city_id, int8range(first_serial, last_serial, '[]'))`,
  sql`CREATE TABLE credit_blocks (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    id int GENERATED ALWAYS AS IDENTITY,
    account text NOT NULL,
    project_code text NOT NULL,
    period_no int NOT NULL,
    first_serial bigint NOT NULL CHECK (first_serial >= 1),
    last_serial bigint NOT NULL,
    PRIMARY KEY (city_id, id),
    CHECK (last_serial >= first_serial),
    EXCLUDE USING gist (city_id WITH =, int8range(first_serial, last_serial, '[]') WITH &&),
    FOREIGN KEY (city_id, account) REFERENCES credit_accounts(city_id, code)
      DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, project_code, period_no) REFERENCES credit_periods(city_id, project_code, no)
      DEFERRABLE INITIALLY DEFERRED
  )`,
  sql`CREATE INDEX credit_blocks_account ON credit_blocks (city_id, account, first_serial)`,
  sql`CREATE FUNCTION credit_entries_move() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      op record;
      debit_kind text;
      credit_kind text;
      verified numeric;
      issued bigint;
      covered bigint := 0;
      b record;
    BEGIN
      SELECT kind, project_code, period_no INTO op FROM credit_operations
        WHERE city_id = NEW.city_id AND id = NEW.operation_id;
      SELECT kind INTO debit_kind FROM credit_accounts
        WHERE city_id = NEW.city_id AND code = NEW.debit_account;
      SELECT kind INTO credit_kind FROM credit_accounts
        WHERE city_id = NEW.city_id AND code = NEW.credit_account;
      IF NOT ((op.kind = 'issue' AND debit_kind = 'issuance' AND credit_kind = 'holder')
           OR (op.kind = 'transfer' AND debit_kind = 'holder' AND credit_kind = 'holder')
           OR (op.kind = 'use' AND debit_kind = 'holder' AND credit_kind = 'use')
           OR (op.kind = 'retire' AND debit_kind = 'holder' AND credit_kind = 'retirement')) THEN
        RAISE EXCEPTION 'credit ledger: a % may not move credits from the % account % to the % account %',
          op.kind, debit_kind, NEW.debit_account, credit_kind, NEW.credit_account
          USING ERRCODE = '23514';
      END IF;
      IF op.kind = 'issue' THEN
        IF (NEW.project_code, NEW.period_no) <> (op.project_code, op.period_no) THEN
          RAISE EXCEPTION 'credit ledger: an issue entry names the period it is issued from'
            USING ERRCODE = '23514';
        END IF;
        SELECT verified_t INTO verified FROM credit_periods
          WHERE city_id = NEW.city_id AND project_code = op.project_code AND no = op.period_no
          FOR NO KEY UPDATE;
        SELECT coalesce(sum(e.last_serial - e.first_serial + 1), 0) INTO issued
          FROM credit_entries e JOIN credit_accounts a ON a.city_id = e.city_id AND a.code = e.debit_account
          WHERE e.city_id = NEW.city_id AND a.kind = 'issuance'
            AND e.project_code = NEW.project_code AND e.period_no = NEW.period_no;
        IF verified IS NULL OR issued > floor(verified) THEN
          RAISE EXCEPTION 'credit ledger: % credits issued from period % of %, verified %',
            issued, op.period_no, op.project_code, coalesce(verified::text, 'none')
            USING ERRCODE = '23514';
        END IF;
        INSERT INTO credit_blocks (city_id, account, project_code, period_no, first_serial, last_serial)
          VALUES (NEW.city_id, NEW.credit_account, NEW.project_code, NEW.period_no,
                  NEW.first_serial, NEW.last_serial);
        RETURN NULL;
      END IF;
      FOR b IN SELECT * FROM credit_blocks
          WHERE city_id = NEW.city_id
            AND int8range(first_serial, last_serial, '[]') && int8range(NEW.first_serial, NEW.last_serial, '[]')
          ORDER BY first_serial FOR UPDATE LOOP
        IF b.account <> NEW.debit_account THEN
          RAISE EXCEPTION 'credit ledger: serials %–% are held by %, not %',
            b.first_serial, b.last_serial, b.account, NEW.debit_account USING ERRCODE = '23514';
        END IF;
        IF (b.project_code, b.period_no) <> (NEW.project_code, NEW.period_no) THEN
          RAISE EXCEPTION 'credit ledger: serials %–% are of period % of %, not of the entry''s',
            b.first_serial, b.last_serial, b.period_no, b.project_code USING ERRCODE = '23514';
        END IF;
        covered := covered + least(b.last_serial, NEW.last_serial) - greatest(b.first_serial, NEW.first_serial) + 1;
        DELETE FROM credit_blocks WHERE city_id = b.city_id AND id = b.id;
        IF b.first_serial < NEW.first_serial THEN
          INSERT INTO credit_blocks (city_id, account, project_code, period_no, first_serial, last_serial)
            VALUES (b.city_id, b.account, b.project_code, b.period_no, b.first_serial, NEW.first_serial - 1);
        END IF;
        IF b.last_serial > NEW.last_serial THEN
          INSERT INTO credit_blocks (city_id, account, project_code, period_no, first_serial, last_serial)
            VALUES (b.city_id, b.account, b.project_code, b.period_no, NEW.last_serial + 1, b.last_serial);
        END IF;
      END LOOP;
      IF covered <> NEW.last_serial - NEW.first_serial + 1 THEN
        RAISE EXCEPTION 'credit ledger: % holds only % of serials %–%',
          NEW.debit_account, covered, NEW.first_serial, NEW.last_serial USING ERRCODE = '23514';
      END IF;
      INSERT INTO credit_blocks (city_id, account, project_code, period_no, first_serial, last_serial)
        VALUES (NEW.city_id, NEW.credit_account, NEW.project_code, NEW.period_no,
                NEW.first_serial, NEW.last_serial);
      RETURN NULL;
    END $$`,
  sql`CREATE TRIGGER credit_entries_move AFTER INSERT ON credit_entries
    FOR EACH ROW EXECUTE FUNCTION credit_entries_move()`,
  // Append-only: what was recorded stays. Only a cascade (deleting a whole city, as a replacing
  // import does) or the move trigger itself runs below depth 1.
  sql`CREATE FUNCTION credit_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' OR pg_trigger_depth() < 2 THEN
        RAISE EXCEPTION 'credit ledger: % on % is refused: the ledger is append-only', TG_OP, TG_TABLE_NAME
          USING ERRCODE = '55000';
      END IF;
      RETURN OLD;
    END $$`,
  sql`CREATE TRIGGER credit_operations_append_only BEFORE UPDATE OR DELETE ON credit_operations
    FOR EACH ROW EXECUTE FUNCTION credit_ledger_append_only()`,
  sql`CREATE TRIGGER credit_entries_append_only BEFORE UPDATE OR DELETE ON credit_entries
    FOR EACH ROW EXECUTE FUNCTION credit_ledger_append_only()`,
  sql`CREATE TRIGGER credit_blocks_append_only BEFORE UPDATE OR DELETE ON credit_blocks
    FOR EACH ROW EXECUTE FUNCTION credit_ledger_append_only()`,
  // A verified figure cannot drop below what was already issued from it.
  sql`CREATE FUNCTION credit_periods_cover_issued() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE issued bigint;
    BEGIN
      SELECT coalesce(sum(e.last_serial - e.first_serial + 1), 0) INTO issued
        FROM credit_entries e JOIN credit_accounts a ON a.city_id = e.city_id AND a.code = e.debit_account
        WHERE e.city_id = OLD.city_id AND a.kind = 'issuance'
          AND e.project_code = OLD.project_code AND e.period_no = OLD.no;
      IF issued > 0 AND (NEW.verified_t IS NULL OR floor(NEW.verified_t) < issued
          OR (NEW.project_code, NEW.no) <> (OLD.project_code, OLD.no)) THEN
        RAISE EXCEPTION 'credit ledger: period % of % has issued % credits', OLD.no, OLD.project_code, issued
          USING ERRCODE = '23514';
      END IF;
      RETURN NEW;
    END $$`,
  sql`CREATE TRIGGER credit_periods_cover_issued BEFORE UPDATE ON credit_periods
    FOR EACH ROW EXECUTE FUNCTION credit_periods_cover_issued()`,
];

export const { up, down } = tablesMigration(statements, {
  afterDrop: [
    sql`DROP FUNCTION credit_entries_move, credit_ledger_append_only, credit_periods_cover_issued`,
  ],
});
