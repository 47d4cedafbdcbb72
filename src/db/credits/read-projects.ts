import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  PeriodResponse,
  ProjectPageResponse,
  ProjectSummary,
} from '../../contracts/api/credits.js';
import { issuableCredits } from '../../core/credits/quantity.js';
import { Decimal, sum, toCanonical } from '../../core/decimal.js';
import { notFound } from '../../core/errors.js';
import { selectCityRows } from '../city-scope.js';
import type { CreditProjectsTable } from '../tables-credits.js';
import type { Tables } from '../tables.js';
import { listOperations, type LedgerAudience } from './list-operations.js';

interface Movements {
  issued: number;
  retired: number;
  used: number;
  byPeriod: Map<number, number>;
}

/** Credits issued, retired and used per project (and issued per period), from the journal. */
async function movementsOf(db: Kysely<Tables>, city: string): Promise<Map<string, Movements>> {
  const { rows } = await sql<{
    project_code: string;
    period_no: number;
    debit_kind: string;
    credit_kind: string;
    quantity: string;
  }>`
    SELECT e.project_code, e.period_no, d.kind AS debit_kind, c.kind AS credit_kind,
      sum(e.last_serial - e.first_serial + 1)::text AS quantity
    FROM credit_entries e
    JOIN credit_accounts d ON d.city_id = e.city_id AND d.code = e.debit_account
    JOIN credit_accounts c ON c.city_id = e.city_id AND c.code = e.credit_account
    WHERE e.city_id = ${city}
    GROUP BY e.project_code, e.period_no, d.kind, c.kind`.execute(db);
  const byProject = new Map<string, Movements>();
  for (const row of rows) {
    const m = byProject.get(row.project_code) ?? {
      issued: 0,
      retired: 0,
      used: 0,
      byPeriod: new Map<number, number>(),
    };
    const quantity = Number(row.quantity);
    if (row.debit_kind === 'issuance') {
      m.issued += quantity;
      m.byPeriod.set(row.period_no, (m.byPeriod.get(row.period_no) ?? 0) + quantity);
    }
    if (row.credit_kind === 'retirement') m.retired += quantity;
    if (row.credit_kind === 'use') m.used += quantity;
    byProject.set(row.project_code, m);
  }
  return byProject;
}

async function periodsOf(db: Kysely<Tables>, city: string, project?: string) {
  let query = selectCityRows(db, 'credit_periods', city).selectAll();
  if (project !== undefined) query = query.where('project_code', '=', project);
  return query.orderBy('project_code').orderBy('no').execute();
}

/** A project as recorded, in the API's and the city document's words. */
export function projectFields(p: Selectable<CreditProjectsTable>) {
  return {
    code: p.code,
    name: p.name,
    nameEn: p.name_en,
    proponent: p.proponent,
    description: p.description,
    methodology: p.methodology,
    registration: {
      status: p.registration_status,
      number: p.registration_number,
      date: p.registered_on,
    },
    measure:
      p.measure_plan_code !== null && p.measure_sector_code !== null && p.measure_no !== null
        ? { plan: p.measure_plan_code, sector: p.measure_sector_code, no: p.measure_no }
        : null,
    source: p.source_code,
    notes: p.notes,
  };
}

/**
 * The city's offset projects with their totals, in the order recorded. The public sees
 * registered projects only; the registry also those whose registration is applied for.
 */
export async function listProjects(
  db: Kysely<Tables>,
  city: string,
  audience: LedgerAudience,
  code?: string,
): Promise<ProjectSummary[]> {
  let query = selectCityRows(db, 'credit_projects', city).selectAll();
  if (audience === 'public') query = query.where('registration_status', '=', 'registered');
  if (code !== undefined) query = query.where('code', '=', code);
  const projects = await query.orderBy('position').execute();
  const movements = await movementsOf(db, city);
  const periods = await periodsOf(db, city, code);
  return projects.map((p) => {
    const m = movements.get(p.code);
    const verified = periods
      .filter((period) => period.project_code === p.code && period.verified_t !== null)
      .map((period) => new Decimal(period.verified_t ?? 0));
    const issued = m?.issued ?? 0;
    const retired = m?.retired ?? 0;
    const used = m?.used ?? 0;
    return {
      ...projectFields(p),
      totals: {
        verifiedTonnes: toCanonical(sum(verified)),
        issued,
        retired,
        used,
        outstanding: issued - retired - used,
      },
    };
  });
}

/** A project's registry page: the project, its periods and its history for the audience. */
export async function projectPage(
  db: Kysely<Tables>,
  city: string,
  code: string,
  audience: LedgerAudience,
): Promise<ProjectPageResponse> {
  const [project] = await listProjects(db, city, audience, code);
  if (!project) throw notFound(`offset project "${code}"`);
  const issued = (await movementsOf(db, city)).get(code)?.byPeriod ?? new Map<number, number>();
  const periods: PeriodResponse[] = (await periodsOf(db, city, code)).map((p) => {
    const fromPeriod = issued.get(p.no) ?? 0;
    return {
      no: p.no,
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      reportedTonnes: p.reported_t,
      verifiedTonnes: p.verified_t,
      verifiedOn: p.verified_on,
      issued: fromPeriod,
      issuable: p.verified_t === null ? 0 : issuableCredits(p.verified_t, fromPeriod),
      source: p.source_code,
      notes: p.notes,
    };
  });
  const history = await listOperations(db, city, { audience, project: code });
  return { project, periods, history };
}
