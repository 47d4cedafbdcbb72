import { sql, type Kysely } from 'kysely';
import { reminderKinds } from '../../core/committee/reminders.js';

/**
 * Reminders to agencies, and where they go.
 *
 * agency_contacts: the addresses an agency's reminders are mailed to (its clerks, a shared desk).
 * Agencies had none; users carry no address either. The CHECK is a floor (one "@", no spaces, a
 * dot in the domain): checkEmailAddress (core/committee/checks.ts) gives the full rule and its
 * message before anything is written.
 *
 * committee_reminders: each reminder issued, one row per assignment, due date, kind and round. It
 * is what dueReminders (core/committee/reminders.ts) reads as already sent, and the agency's list
 * of reminders in the app. The unique key makes a second run, or two runs at once, issue nothing
 * twice. A row with no message id was issued in the app only (the agency had no address).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE agency_contacts (
    city_id text NOT NULL,
    agency_code text NOT NULL,
    position int NOT NULL,
    name text,
    address text NOT NULL CHECK (address ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'),
    PRIMARY KEY (city_id, agency_code, position),
    UNIQUE (city_id, agency_code, address),
    FOREIGN KEY (city_id, agency_code) REFERENCES agencies(city_id, code)
      ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  const kinds = sql.raw(reminderKinds.map((k) => `'${k}'`).join(', '));
  await sql`CREATE TABLE committee_reminders (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    assignment_id int NOT NULL,
    agency_code text NOT NULL,
    kind text NOT NULL CHECK (kind IN (${kinds})),
    round int NOT NULL CHECK (round >= 1),
    due_date date NOT NULL,
    sent_on date NOT NULL,
    days_overdue int NOT NULL CHECK (days_overdue >= 0),
    recipients jsonb NOT NULL,
    message_id text,
    mail_subject text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (city_id, id),
    UNIQUE (city_id, assignment_id, due_date, kind, round),
    CHECK ((message_id IS NULL) = (mail_subject IS NULL)),
    FOREIGN KEY (city_id, assignment_id) REFERENCES committee_assignments(city_id, id)
      ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE INDEX committee_reminders_agency ON committee_reminders
    (city_id, agency_code, sent_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE committee_reminders`.execute(db);
  await sql`DROP TABLE agency_contacts`.execute(db);
}
