import { sql, type Kysely } from 'kysely';
import type { IsoDate } from '../../core/dates.js';
import type { Tables } from '../tables.js';
import { assignmentsWithAgencies } from './follow-up.js';

export interface AgencyFollowUpStatus {
  agency: string;
  agencyName: string;
  assigned: number;
  /** Replied at least once (whatever the secretariat made of it since). */
  answered: number;
  /** Awaiting a reply past the due date on `asOf`. */
  overdue: number;
  closed: number;
}

/**
 * Per agency, how its assignments stand on `asOf`: the public page's numbers, counted from the
 * published meetings only unless `published` is false. Agencies in the city's order.
 */
export async function followUpStatus(
  db: Kysely<Tables>,
  city: string,
  asOf: IsoDate,
  published: boolean,
): Promise<AgencyFollowUpStatus[]> {
  let query = assignmentsWithAgencies(db, city).select((eb) => [
    'a.agency_code as agency',
    'g.name as agencyName',
    eb.fn.countAll<string | number>().as('assigned'),
    sql<string | number>`count(*) FILTER (WHERE a.reply_text IS NOT NULL)`.as('answered'),
    sql<
      string | number
    >`count(*) FILTER (WHERE a.state IN ('open', 'kept_open') AND a.due_date < ${asOf})`.as(
      'overdue',
    ),
    sql<string | number>`count(*) FILTER (WHERE a.state = 'closed')`.as('closed'),
  ]);
  if (published) query = query.where('m.minutes_published_on', 'is not', null);
  const rows = await query
    .groupBy(['a.agency_code', 'g.name', 'g.position'])
    .orderBy('g.position')
    .execute();
  return rows.map((r) => ({
    agency: r.agency,
    agencyName: r.agencyName,
    assigned: Number(r.assigned),
    answered: Number(r.answered),
    overdue: Number(r.overdue),
    closed: Number(r.closed),
  }));
}
