import { sql, type Kysely } from 'kysely';
import { createSubmissionComments } from './0002-accounts-rounds-audit.js';

/**
 * Discussions: threads about a subject (a submission, a measure, an indicator; later a
 * committee agenda item) and their comments, with replies and, where a thread asks for an
 * answer, the committee's follow-up states (src/core/committee/vocabulary.ts). The review comments of migration 0002's
 * submission_comments move here, one thread per submission, keeping their ids (the audit trail
 * names them) and their order; that table is dropped.
 *
 * A thread's subject is its kind plus the ids that kind needs, each a real foreign key: the
 * subject's rows cascade to their threads, and a CHECK keeps each kind's ids set and the others
 * null. A module that adds a kind adds its column, its foreign key and its branch of the CHECK.
 * A reply's parent is a comment of the same thread (the foreign key includes the thread).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE discussion_threads (
    city_id text NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    id int GENERATED ALWAYS AS IDENTITY,
    subject_kind text NOT NULL CHECK (subject_kind IN ('submission', 'measure', 'indicator')),
    round_id int,
    measure_id int,
    indicator_id int,
    title text CHECK (length(trim(title)) > 0),
    assigned_agency_code text,
    follow_up text CHECK (follow_up IN ('open', 'replied', 'closed', 'kept_open')),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, id),
    CONSTRAINT discussion_threads_subject_ids CHECK (CASE subject_kind
      WHEN 'submission' THEN round_id IS NOT NULL AND measure_id IS NOT NULL AND indicator_id IS NULL
      WHEN 'measure' THEN round_id IS NULL AND measure_id IS NOT NULL AND indicator_id IS NULL
      WHEN 'indicator' THEN round_id IS NULL AND measure_id IS NULL AND indicator_id IS NOT NULL
    END),
    FOREIGN KEY (city_id, round_id) REFERENCES reporting_rounds(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, measure_id) REFERENCES measures(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, indicator_id) REFERENCES indicators(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, assigned_agency_code) REFERENCES agencies(city_id, code)
      DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  await sql`CREATE INDEX discussion_threads_by_submission
    ON discussion_threads (city_id, round_id, measure_id) WHERE subject_kind = 'submission'`.execute(
    db,
  );
  await sql`CREATE TABLE discussion_comments (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    thread_id int NOT NULL,
    parent_id int,
    author text NOT NULL,
    role text NOT NULL,
    body text NOT NULL CHECK (length(body) > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (city_id, id),
    UNIQUE (city_id, thread_id, id),
    FOREIGN KEY (city_id, thread_id) REFERENCES discussion_threads(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, thread_id, parent_id)
      REFERENCES discussion_comments(city_id, thread_id, id) ON DELETE CASCADE
  )`.execute(db);

  // One thread per submission that has comments, opened by its first comment's author.
  await sql`INSERT INTO discussion_threads
      (city_id, subject_kind, round_id, measure_id, created_by, created_at)
    SELECT DISTINCT ON (city_id, round_id, measure_id)
           city_id, 'submission', round_id, measure_id, author, created_at
      FROM submission_comments
     ORDER BY city_id, round_id, measure_id, id`.execute(db);
  await sql`INSERT INTO discussion_comments
      (city_id, id, thread_id, author, role, body, created_at)
    OVERRIDING SYSTEM VALUE
    SELECT c.city_id, c.id, t.id, c.author, c.role, c.text, c.created_at
      FROM submission_comments c
      JOIN discussion_threads t
        ON t.city_id = c.city_id AND t.subject_kind = 'submission'
       AND t.round_id = c.round_id AND t.measure_id = c.measure_id`.execute(db);
  // New comments continue after the moved ones, as they did in the old table.
  await sql`SELECT setval(pg_get_serial_sequence('discussion_comments', 'id'),
    (SELECT max(id) FROM discussion_comments)) WHERE EXISTS (SELECT 1 FROM discussion_comments)`.execute(
    db,
  );
  await sql`DROP TABLE submission_comments`.execute(db);
}

/** Back to submission comments: review threads' comments return there; other kinds are lost. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await createSubmissionComments.execute(db);
  await sql`INSERT INTO submission_comments
      (city_id, id, round_id, measure_id, author, role, text, created_at)
    OVERRIDING SYSTEM VALUE
    SELECT c.city_id, c.id, t.round_id, t.measure_id, c.author, c.role, c.body, c.created_at
      FROM discussion_comments c
      JOIN discussion_threads t ON t.city_id = c.city_id AND t.id = c.thread_id
     WHERE t.subject_kind = 'submission'`.execute(db);
  await sql`SELECT setval(pg_get_serial_sequence('submission_comments', 'id'),
    (SELECT max(id) FROM submission_comments)) WHERE EXISTS (SELECT 1 FROM submission_comments)`.execute(
    db,
  );
  await sql`DROP TABLE discussion_comments`.execute(db);
  await sql`DROP TABLE discussion_threads`.execute(db);
}
