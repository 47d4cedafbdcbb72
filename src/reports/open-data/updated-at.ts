import { sql, type Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';

/**
 * When a city's published records last changed, for the open data's 資料更新時間: the latest
 * approval (approving a submission is what publishes figures) or, before any, the time the city
 * was imported. Writes made outside the API (CLI `result add`, `import`) are not in the audit
 * trail and so do not move it; a city re-imported with `--replace` starts from its new row.
 */
export async function openDataUpdatedAt(db: Kysely<Tables>, cityId: string): Promise<Date | null> {
  const city = await db
    .selectFrom('cities')
    .select('created_at')
    .where('id', '=', cityId)
    .executeTakeFirst();
  if (!city) return null;
  const approval = await db
    .selectFrom('audit_log')
    .select(sql<string | null>`max(at)`.as('at'))
    .where('city_id', '=', cityId)
    .where('action', '=', 'submission.approve')
    .executeTakeFirst();
  const times = [new Date(city.created_at), ...(approval?.at ? [new Date(approval.at)] : [])];
  return new Date(Math.max(...times.map((t) => t.getTime())));
}
