import { sql, type Kysely } from 'kysely';

/**
 * A member's point may concern a sustainability indicator (陳勁甫 on 交通局's 交通安全指標): linked
 * here by the indicator's code, so it shows on the indicator's page. The code, not a foreign key
 * to sdg_indicators: the indicators are imported apart from the committee and replaced whole
 * (importIndicators), and an indicator's code is what stays (its versions change), so a link
 * survives a re-import of the indicators. The link endpoint refuses a code the city does not have.
 * The link goes with its point (cascade).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE committee_point_indicators (
    city_id text NOT NULL,
    meeting_code text NOT NULL,
    item int NOT NULL,
    comment int NOT NULL,
    number int NOT NULL,
    sub_point text NOT NULL,
    indicator_code text NOT NULL,
    PRIMARY KEY (city_id, meeting_code, item, comment, number, sub_point, indicator_code),
    FOREIGN KEY (city_id, meeting_code, item, comment, number, sub_point)
      REFERENCES committee_points(city_id, meeting_code, item, comment, number, sub_point)
      ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE INDEX committee_point_indicators_indicator
    ON committee_point_indicators (city_id, indicator_code)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE committee_point_indicators`.execute(db);
}
