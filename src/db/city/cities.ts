import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import type { Tables } from '../tables.js';

export interface CityRecord {
  code: string;
  name: string;
  nameEn: string | null;
  /** When the city was imported (a `--replace` import starts it again). */
  createdAt: string;
}

/** Every city, by code. */
export async function listCities(db: Kysely<Tables>): Promise<CityRecord[]> {
  const rows = await db
    .selectFrom('cities')
    .select(['id', 'name', 'name_en', 'created_at'])
    .orderBy('id')
    .execute();
  return rows.map(toCity);
}

/** One city, or undefined when no city has that code. */
export async function findCity(db: Kysely<Tables>, code: string): Promise<CityRecord | undefined> {
  const row = await db
    .selectFrom('cities')
    .select(['id', 'name', 'name_en', 'created_at'])
    .where('id', '=', code)
    .executeTakeFirst();
  return row && toCity(row);
}

/** One city, or NOT_FOUND naming it (at `city`): what a write or an export into a city checks first. */
export async function requireCity(db: Kysely<Tables>, code: string): Promise<CityRecord> {
  const city = await findCity(db, code);
  if (!city)
    throw new NetZeroError('NOT_FOUND', `no city "${code}"`, [
      { path: 'city', message: 'not found' },
    ]);
  return city;
}

const toCity = (r: { id: string; name: string; name_en: string | null; created_at: string }) => ({
  code: r.id,
  name: r.name,
  nameEn: r.name_en,
  createdAt: r.created_at,
});
