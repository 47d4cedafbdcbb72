import { sql } from 'kysely';
import { tablesMigration } from './steps.js';

/** Also migration 0007's down: it brings the table back as it was made here. */
export const createSubmissionComments = sql`CREATE TABLE submission_comments (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    round_id int NOT NULL,
    measure_id int NOT NULL,
    author text NOT NULL,
    role text NOT NULL,
    text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (city_id, id),
    FOREIGN KEY (city_id, round_id) REFERENCES reporting_rounds(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, measure_id) REFERENCES measures(city_id, id) ON DELETE CASCADE
  )`;

/**
 * Accounts, sessions, reporting rounds, submissions with their attachments and comments, and
 * the hash-chained audit trail (docs/decisions/2026-11-hash-chained-audit-trail.md).
 *
 * As in 0001, every primary key starts with city_id. The audit table has no foreign key to
 * cities on purpose: its rows must outlive a city's replacement, and a trigger refuses UPDATE
 * and DELETE so the chain can only grow (the hash chain catches anyone who bypasses it).
 */
const statements = [
  sql`CREATE TABLE users (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    username text NOT NULL CHECK (username ~ '^[a-zA-Z0-9._-]{2,64}$'),
    display_name text,
    role text NOT NULL CHECK (role IN ('admin', 'agency_editor', 'reviewer', 'viewer')),
    password_hash text NOT NULL,
    is_demo boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, username)
  )`,
  sql`CREATE TABLE user_agencies (
    city_id text NOT NULL,
    username text NOT NULL,
    agency_code text NOT NULL,
    PRIMARY KEY (city_id, username, agency_code),
    FOREIGN KEY (city_id, username) REFERENCES users(city_id, username) ON DELETE CASCADE,
    FOREIGN KEY (city_id, agency_code) REFERENCES agencies(city_id, code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
  )`,
  // The cookie carries the token; only its SHA-256 is stored, so a database leak opens no session.
  sql`CREATE TABLE sessions (
    city_id text NOT NULL,
    token_hash text NOT NULL,
    username text NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (city_id, token_hash),
    FOREIGN KEY (city_id, username) REFERENCES users(city_id, username) ON DELETE CASCADE
  )`,
  // Failed sign-ins per (city, username), whether or not the account exists, so a lockout
  // cannot tell an attacker which usernames are real.
  sql`CREATE TABLE login_throttle (
    city_id text NOT NULL,
    username text NOT NULL,
    failures int NOT NULL DEFAULT 0,
    last_failure_at timestamptz,
    locked_until timestamptz,
    PRIMARY KEY (city_id, username)
  )`,
  sql`CREATE TABLE reporting_rounds (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    plan_code text NOT NULL,
    title text NOT NULL,
    period_start date NOT NULL,
    cut_off date NOT NULL CHECK (cut_off >= period_start),
    due_date date NOT NULL CHECK (due_date >= cut_off),
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, id),
    FOREIGN KEY (city_id, plan_code) REFERENCES plans(city_id, code) ON DELETE CASCADE
  )`,
  sql`CREATE TABLE submissions (
    city_id text NOT NULL,
    round_id int NOT NULL,
    measure_id int NOT NULL,
    state text NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'approved')),
    figures jsonb NOT NULL DEFAULT '[]',
    qualitative_text text NOT NULL DEFAULT '',
    lagging_explanation text,
    review_comment text,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, round_id, measure_id),
    FOREIGN KEY (city_id, round_id) REFERENCES reporting_rounds(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, measure_id) REFERENCES measures(city_id, id) ON DELETE CASCADE
  )`,
  createSubmissionComments,
  sql`CREATE TABLE attachments (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    round_id int NOT NULL,
    measure_id int NOT NULL,
    filename text NOT NULL,
    content_type text NOT NULL,
    size int NOT NULL CHECK (size > 0),
    sha256 text NOT NULL,
    content bytea NOT NULL,
    uploaded_by text NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (city_id, id),
    FOREIGN KEY (city_id, round_id) REFERENCES reporting_rounds(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, measure_id) REFERENCES measures(city_id, id) ON DELETE CASCADE
  )`,
  sql`CREATE TABLE audit_log (
    city_id text NOT NULL,
    seq int NOT NULL CHECK (seq >= 1),
    at text NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    entity_key text NOT NULL,
    before jsonb,
    after jsonb,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    PRIMARY KEY (city_id, seq)
  )`,
  sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END
  $$`,
  sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
  sql`CREATE INDEX sessions_expiry ON sessions (city_id, expires_at)`,
  sql`CREATE INDEX submissions_by_measure ON submissions (city_id, measure_id)`,
];

export const { up, down } = tablesMigration(statements, {
  ifExists: true,
  afterDrop: [sql`DROP FUNCTION IF EXISTS audit_log_append_only()`],
});
