import type { Kysely } from 'kysely';
import { isDeepStrictEqual } from 'node:util';
import { NetZeroError } from '../../core/errors.js';
import {
  checkCases,
  type CaseInput,
  type CaseProblem,
  type CheckedCase,
} from '../../core/registries/check-cases.js';
import type { RegistryDefinition } from '../../core/registries/definition.js';
import { appendAudit, type AuditEvent } from '../audit/append-audit.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { inTransaction } from './in-transaction.js';
import { getRegistryKind } from './kinds.js';
import { planPeriodOf } from './plan-period.js';

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

/** Where the cases came from, for the audit trail: a file name and its digest, a data file… */
export interface ImportSource {
  name: string;
  sha256?: string;
}

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters (13 columns a row). */
const BATCH = 2000;

/**
 * The refusal of a whole import: every problem as a row and a field with its reason, so a clerk
 * can fix the file in one pass. `where` turns a problem into the name the source uses
 * ("row 7, column C" for a spreadsheet).
 */
export function refuseCases(
  kind: string,
  problems: readonly CaseProblem[],
  where: (p: CaseProblem) => string = (p) => `rows[${String(p.row)}].${p.field}`,
): NetZeroError {
  const issues = problems.map((p) => ({
    path: where(p),
    message: p.message,
    code: p.code,
    params: { ...p.params, row: p.row, field: p.field },
  }));
  const shown = issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (and ${String(issues.length - 5)} more)` : '';
  return new NetZeroError(
    'VALIDATION_FAILED',
    `registry "${kind}": ${String(issues.length)} problem(s), nothing was written: ${shown}${more}`,
    issues,
  );
}

/**
 * Adds or updates a registry's cases, all or nothing. Every case is checked against its kind and
 * the plan first (checkCases); any problem refuses the whole batch. A case whose natural key is
 * already stored is updated when its values differ and left alone when they do not, so importing
 * the same file twice changes nothing. One audit entry records the import; each changed case
 * gets its own, with its values before and after. Inside a transaction (a city import) it
 * joins it.
 */
export async function importRegistryCases(
  db: Kysely<Tables>,
  city: string,
  kindCode: string,
  inputs: readonly CaseInput[],
  actor: string,
  source: ImportSource,
  where?: (p: CaseProblem) => string,
): Promise<ImportOutcome> {
  return inTransaction(db, city, async (trx) => {
    // Read under the lock: a definition raised meanwhile is the one the cases are checked against.
    const definition = await getRegistryKind(trx, city, kindCode);
    const checked = checkCases(definition, inputs, await planPeriodOf(trx, city, definition));
    if (!checked.ok) throw refuseCases(kindCode, checked.problems, where);
    const stored = await storedByKey(trx, city, kindCode);
    const created: CheckedCase[] = [];
    const changed: { id: number; before: StoredCase; after: CheckedCase }[] = [];
    for (const c of checked.cases) {
      const before = stored.get(c.naturalKey);
      if (!before) created.push(c);
      else if (!isDeepStrictEqual(before.row, rowOf(definition, c)))
        changed.push({ id: before.id, before, after: c });
    }
    for (let i = 0; i < created.length; i += BATCH)
      await trx
        .insertInto('registry_cases')
        .values(created.slice(i, i + BATCH).map((c) => insertRow(city, definition, c)))
        .execute();
    for (const { id, after } of changed)
      await updateCityRows(trx, 'registry_cases', city)
        .set((eb) => ({ ...writeRow(definition, after), version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .execute();
    const outcome = {
      created: created.length,
      updated: changed.length,
      unchanged: checked.cases.length - created.length - changed.length,
    };
    // Each changed case with its values before and after, then the import that changed them.
    const events: Omit<AuditEvent, 'city' | 'actor'>[] = [
      ...changed.map(({ before, after }) => ({
        action: 'registry.case_change' as const,
        entity: 'registry_case',
        entityKey: `${kindCode}/${after.naturalKey}`,
        before: before.row,
        after: rowOf(definition, after),
      })),
      {
        action: 'registry.import',
        entity: 'registry_kind',
        entityKey: kindCode,
        before: null,
        after: { source, rows: inputs.length, ...outcome },
      },
    ];
    for (const event of events) await appendAudit(trx, { city, actor, ...event });
    return outcome;
  });
}

/** What a case is, as compared between an import and the database. */
interface CaseRow {
  version: number;
  values: Record<string, string>;
  amount: string | null;
  caseCount: number;
  aggregate: boolean;
  note: string | null;
}

interface StoredCase {
  id: number;
  row: CaseRow;
}

function rowOf(definition: RegistryDefinition, c: CheckedCase): CaseRow {
  return {
    version: definition.version,
    values: c.values,
    amount: c.amount?.toFixed() ?? null,
    caseCount: c.caseCount,
    aggregate: c.aggregate,
    note: c.note,
  };
}

function writeRow(definition: RegistryDefinition, c: CheckedCase) {
  return {
    kind_version: definition.version,
    field_values: JSON.stringify(c.values),
    placed_from: c.placedFrom,
    placed_on: c.placedOn,
    amount: c.amount?.toFixed() ?? null,
    case_count: c.caseCount,
    aggregate: c.aggregate,
    note: c.note,
    district: c.district,
  };
}

function insertRow(city: string, definition: RegistryDefinition, c: CheckedCase) {
  return {
    city_id: city,
    kind_code: definition.code,
    natural_key: c.naturalKey,
    ...writeRow(definition, c),
  };
}

async function storedByKey(
  trx: Kysely<Tables>,
  city: string,
  kind: string,
): Promise<Map<string, StoredCase>> {
  const rows = await selectCityRows(trx, 'registry_cases', city)
    .select([
      'id',
      'natural_key',
      'kind_version',
      'field_values',
      'amount',
      'case_count',
      'aggregate',
      'note',
    ])
    .where('kind_code', '=', kind)
    .execute();
  return new Map(
    rows.map((r) => [
      r.natural_key,
      {
        id: r.id,
        row: {
          version: r.kind_version,
          values: r.field_values,
          amount: r.amount,
          caseCount: r.case_count,
          aggregate: r.aggregate,
          note: r.note,
        },
      },
    ]),
  );
}
