import type { Kysely } from 'kysely';
import type { CreditsSection } from '../../contracts/credits-document.js';
import { selectCityRows } from '../city-scope.js';
import { projectFields } from './read-projects.js';
import type { Tables } from '../tables.js';
import { childrenBy } from '../group-rows.js';

/**
 * The city's credits ledger as the city document holds it, or null when it has none. Ids are
 * left out: operations keep their order, and an import numbers them again.
 */
export async function exportCredits(
  db: Kysely<Tables>,
  city: string,
): Promise<CreditsSection | null> {
  const [projects, periods, accounts, operations, entries] = await Promise.all([
    selectCityRows(db, 'credit_projects', city).selectAll().orderBy('position').execute(),
    selectCityRows(db, 'credit_periods', city)
      .selectAll()
      .orderBy('project_code')
      .orderBy('no')
      .execute(),
    selectCityRows(db, 'credit_accounts', city)
      .selectAll()
      .orderBy('kind')
      .orderBy('code')
      .execute(),
    selectCityRows(db, 'credit_operations', city).selectAll().orderBy('id').execute(),
    selectCityRows(db, 'credit_entries', city)
      .selectAll()
      .orderBy('operation_id')
      .orderBy('position')
      .execute(),
  ]);
  if (projects.length === 0 && accounts.length === 0) return null;
  const periodsOf = childrenBy(periods, 'project_code');
  const entriesOf = childrenBy(entries, 'operation_id');
  return {
    projects: projects.map((p) => ({
      ...projectFields(p),
      periods: periodsOf(p.code).map((x) => ({
        no: x.no,
        startsOn: x.starts_on,
        endsOn: x.ends_on,
        reportedTonnes: x.reported_t,
        verified:
          x.verified_t !== null && x.verified_on !== null
            ? { tonnes: x.verified_t, on: x.verified_on }
            : null,
        source: x.source_code,
        notes: x.notes,
      })),
    })),
    accounts: accounts.map((a) => ({
      code: a.code,
      kind: a.kind,
      name: a.name,
      nameEn: a.name_en,
    })),
    operations: operations.map((o) => ({
      kind: o.kind,
      project: o.project_code,
      period: o.period_no,
      on: o.on_date,
      reference: o.reference,
      note: o.note,
      idempotencyKey: o.idempotency_key,
      actor: o.actor,
      at: o.at,
      entries: entriesOf(o.id).map((e) => ({
        debit: e.debit_account,
        credit: e.credit_account,
        project: e.project_code,
        period: e.period_no,
        first: e.first_serial,
        last: e.last_serial,
      })),
    })),
  };
}
