import type { Kysely } from 'kysely';
import { lastApprovalAt } from '../../db/audit/list-audit.js';
import { findCity } from '../../db/city/cities.js';
import type { Tables } from '../../db/tables.js';

/**
 * When a city's published records last changed, for the open data's 資料更新時間: the latest
 * approval (approving a submission is what publishes figures) or, before any, the time the city
 * was imported. Writes made outside the API (CLI `result add`, `import`) are not in the audit
 * trail and so do not move it; a city re-imported with `--replace` starts from its new row.
 */
export async function openDataUpdatedAt(db: Kysely<Tables>, cityId: string): Promise<Date | null> {
  const city = await findCity(db, cityId);
  if (!city) return null;
  const approval = await lastApprovalAt(db, cityId);
  const times = [new Date(city.createdAt), ...(approval ? [new Date(approval)] : [])];
  return new Date(Math.max(...times.map((t) => t.getTime())));
}
