import { sql, type Kysely } from 'kysely';

/**
 * Sources cited as publications: publisher, title, date and where to find them. The date
 * becomes text so it can be as precise as the publication gives it (2023, 2023-11 or
 * 2023-11-20); a web address or a document number says where a reader finds it, and
 * url_unknown / date_unknown say so explicitly where neither is known. Existing dates are kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE sources
    ADD COLUMN published text
      CHECK (published ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
    ADD COLUMN date_unknown boolean NOT NULL DEFAULT false,
    ADD COLUMN url text CHECK (url ~ '^https?://[^[:space:]]+$'),
    ADD COLUMN document_number text CHECK (length(trim(document_number)) > 0),
    ADD COLUMN url_unknown boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT sources_url_known_or_unknown CHECK (NOT (url_unknown AND url IS NOT NULL)),
    ADD CONSTRAINT sources_date_known_or_unknown
      CHECK (NOT (date_unknown AND published IS NOT NULL))`.execute(db);
  await sql`UPDATE sources SET published = to_char(published_on, 'YYYY-MM-DD')
    WHERE published_on IS NOT NULL`.execute(db);
  await sql`ALTER TABLE sources DROP COLUMN published_on`.execute(db);
}

/** Back to full dates only: a year or a month has no day to keep, so it is lost. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE sources ADD COLUMN published_on date`.execute(db);
  await sql`UPDATE sources SET published_on = published::date WHERE length(published) = 10`.execute(
    db,
  );
  await sql`ALTER TABLE sources
    DROP CONSTRAINT sources_url_known_or_unknown,
    DROP CONSTRAINT sources_date_known_or_unknown,
    DROP COLUMN published,
    DROP COLUMN date_unknown,
    DROP COLUMN url,
    DROP COLUMN document_number,
    DROP COLUMN url_unknown`.execute(db);
}
