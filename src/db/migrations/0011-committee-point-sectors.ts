import { sql, type Kysely } from 'kysely';
import { sectorCodes } from '../../core/vocabulary/lists.js';

/**
 * A member's point may concern a sector as a whole (運輸部門, not one measure of it): linked here,
 * by the sector's code, whichever plan is current. The link goes with its point (cascade).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sectors = sql.raw(sectorCodes.map((s) => `'${s}'`).join(', '));
  await sql`CREATE TABLE committee_point_sectors (
    city_id text NOT NULL,
    meeting_code text NOT NULL,
    item int NOT NULL,
    comment int NOT NULL,
    number int NOT NULL,
    sub_point text NOT NULL,
    sector_code text NOT NULL CHECK (sector_code IN (${sectors})),
    PRIMARY KEY (city_id, meeting_code, item, comment, number, sub_point, sector_code),
    FOREIGN KEY (city_id, meeting_code, item, comment, number, sub_point)
      REFERENCES committee_points(city_id, meeting_code, item, comment, number, sub_point)
      ON DELETE CASCADE
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE committee_point_sectors`.execute(db);
}
