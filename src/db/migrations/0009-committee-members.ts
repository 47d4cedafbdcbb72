import { sql, type Kysely } from 'kysely';
import { roles } from '../../core/vocabulary/lists.js';

/** `role IN ('a', 'b')` from the vocabulary: the CHECK never restates the words. */
const roleCheck = (list: readonly string[]) =>
  sql.raw(`role IN (${list.map((r) => `'${r.replace(/'/g, "''")}'`).join(', ')})`);

/**
 * Committee members sign in (role committee_member, for their written comments), and a member's
 * point may be linked to the measures it is about, so it shows on each measure's page. A link
 * goes with its point and with its measure (both cascade).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE users DROP CONSTRAINT users_role_check`.execute(db);
  await sql`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (${roleCheck(roles)})`.execute(
    db,
  );
  await sql`CREATE TABLE committee_point_measures (
    city_id text NOT NULL,
    meeting_code text NOT NULL,
    item int NOT NULL,
    comment int NOT NULL,
    number int NOT NULL,
    sub_point text NOT NULL,
    plan_code text NOT NULL,
    sector_code text NOT NULL,
    measure_no int NOT NULL,
    PRIMARY KEY (city_id, meeting_code, item, comment, number, sub_point, plan_code, sector_code, measure_no),
    FOREIGN KEY (city_id, meeting_code, item, comment, number, sub_point)
      REFERENCES committee_points(city_id, meeting_code, item, comment, number, sub_point)
      ON DELETE CASCADE,
    FOREIGN KEY (city_id, plan_code, sector_code, measure_no)
      REFERENCES measures(city_id, plan_code, sector_code, no) ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE INDEX committee_point_measures_measure
    ON committee_point_measures (city_id, plan_code, sector_code, measure_no)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE committee_point_measures`.execute(db);
  await sql`ALTER TABLE users DROP CONSTRAINT users_role_check`.execute(db);
  await sql`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (${roleCheck(roles.filter((r) => r !== 'committee_member'))})`.execute(
    db,
  );
}
