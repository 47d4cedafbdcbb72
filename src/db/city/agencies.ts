import type { Kysely, Transaction } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import type { Tables } from '../tables.js';
import { insertCityList, nextInList } from './rows.js';
import { selectCityRows } from '../city-scope.js';

export interface AgencyRecord {
  code: string;
  name: string;
  nameEn: string | null;
}

/** A city's agencies in the order the city lists them. */
export async function listAgencies(db: Kysely<Tables>, city: string): Promise<AgencyRecord[]> {
  const rows = await selectCityRows(db, 'agencies', city)
    .select(['code', 'name', 'name_en'])
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
  const row = await selectCityRows(db, 'agencies', city)
    .select(['code', 'name'])
    .where((eb) => eb.or([eb('code', '=', agency), eb('name', '=', agency)]))
    .executeTakeFirst();
  if (!row)
    throw new NetZeroError('NOT_FOUND', `agency: ${city} has no agency "${agency}"`, [
      { path: 'agency', message: 'not found' },
    ]);
  return row;
}

/**
 * Adds agencies after the city's last one: a city document lists them all, a committee document
 * only those the city's did not (a committee's 顧問 office, say).
 */
export async function appendAgencies(
  trx: Transaction<Tables>,
  city_id: string,
  agencies: readonly { code: string; name: string; nameEn?: string | undefined }[],
): Promise<void> {
  const first = await nextInList(selectCityRows(trx, 'agencies', city_id), 'position', 0);
  const row = (a: (typeof agencies)[number]) => ({
    code: a.code,
    name: a.name,
    name_en: a.nameEn ?? null,
  });
  await insertCityList(trx, 'agencies', city_id, agencies, row, first);
}
