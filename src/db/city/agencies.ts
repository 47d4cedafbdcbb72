import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import type { Tables } from '../tables.js';

export interface AgencyRecord {
  code: string;
  name: string;
  nameEn: string | null;
}

/** A city's agencies in the order the city lists them. */
export async function listAgencies(db: Kysely<Tables>, city: string): Promise<AgencyRecord[]> {
  const rows = await db
    .selectFrom('agencies')
    .select(['code', 'name', 'name_en'])
    .where('city_id', '=', city)
    .orderBy('position')
    .execute();
  return rows.map((a) => ({ code: a.code, name: a.name, nameEn: a.name_en }));
}

/** An agency named by its code (tb) or its name (交通局); refuses an unknown one. */
export async function resolveAgency(
  db: Kysely<Tables>,
  city: string,
  agency: string,
): Promise<{ code: string; name: string }> {
  const row = await db
    .selectFrom('agencies')
    .select(['code', 'name'])
    .where('city_id', '=', city)
    .where((eb) => eb.or([eb('code', '=', agency), eb('name', '=', agency)]))
    .executeTakeFirst();
  if (!row)
    throw new NetZeroError('NOT_FOUND', `agency: ${city} has no agency "${agency}"`, [
      { path: 'agency', message: 'not found' },
    ]);
  return row;
}
