import { interpolate } from '../catalog/catalog.js';
import { en } from '../catalog/en.js';
import type { Decimal } from '../decimal.js';
import { isWithin, type IsoDate, type Period } from '../dates.js';
import { formatRocDate } from '../roc-date.js';
import type { RegistryDefinition } from './definition.js';
import { readValue, type RegistryProblemCode, type StoredValue } from './read-value.js';

/** One case as it arrives: raw text by field key (a spreadsheet row, a form, a data file). */
export interface CaseInput {
  values: Readonly<Record<string, string | undefined>>;
  /** Where the case is in its source, as a person counts (a spreadsheet's row); default index + 1. */
  row?: number;
  /**
   * A source that prints only a total (Table 2's 126 rooftop cases, 167.23 MW) is kept as one
   * aggregate case standing for `count` cases, marked as such wherever it is shown.
   */
  aggregate?: { count: number; note: string };
}

/** A case ready to store: canonical values, its key, the day that places it, its tally. */
export interface CheckedCase {
  naturalKey: string;
  values: Record<string, StoredValue>;
  /** The first day of the placing date's period (the day itself for a dated case). */
  placedFrom: IsoDate;
  /** The last day of the placing date's period: 109~110 is placed on 2021-12-31. */
  placedOn: IsoDate;
  /** The summed field's value in its declared unit; null for a kind that counts. */
  amount: Decimal | null;
  caseCount: number;
  aggregate: boolean;
  note: string | null;
  district: string | null;
}

/** A problem of one case: which row (as its source numbers rows) and field, a code and its words. */
export interface CaseProblem {
  row: number;
  field: string;
  code: RegistryProblemCode;
  params: Record<string, string>;
  message: string;
}

export type CheckOutcome =
  { ok: true; cases: CheckedCase[] } | { ok: false; problems: CaseProblem[] };

const problem = (
  row: number,
  field: string,
  code: RegistryProblemCode,
  params: Record<string, string> = {},
): CaseProblem => ({
  row,
  field,
  code,
  params,
  message: interpolate(en.registryProblem[code], params),
});

/** The text that identifies a case: its key fields' canonical values, unambiguous. */
export function naturalKeyOf(
  definition: RegistryDefinition,
  values: Record<string, string>,
): string {
  return JSON.stringify(definition.naturalKey.map((key) => values[key] ?? ''));
}

function checkOne(
  definition: RegistryDefinition,
  input: CaseInput,
  row: number,
  plan: Period,
  problems: CaseProblem[],
): CheckedCase | null {
  const before = problems.length;
  const known = new Set(definition.fields.map((f) => f.key));
  for (const key of Object.keys(input.values))
    if (!known.has(key)) problems.push(problem(row, key, 'unknown_column'));
  const values: Record<string, string> = {};
  let placed: Period | undefined;
  let amount: Decimal | null = null;
  for (const field of definition.fields) {
    const outcome = readValue(field, input.values[field.key]);
    if (outcome === null) continue;
    if (!outcome.ok) {
      problems.push(problem(row, field.key, outcome.code, outcome.params));
      continue;
    }
    values[field.key] = outcome.stored;
    if (field.key === definition.placedBy) placed = outcome.period;
    if (definition.tally.kind === 'sum' && field.key === definition.tally.field)
      amount = outcome.amount ?? null;
  }
  if (placed && !isWithin(placed.end, plan))
    problems.push(
      problem(row, definition.placedBy, 'outside_plan', {
        date: formatRocDate(placed.end),
        start: formatRocDate(plan.start),
        end: formatRocDate(plan.end),
      }),
    );
  const count = input.aggregate?.count ?? 1;
  if (!Number.isSafeInteger(count) || count < 1)
    problems.push(problem(row, 'aggregate', 'aggregate_count', { count: String(count) }));
  if (problems.length > before || !placed) return null;
  const district = definition.district === undefined ? undefined : values[definition.district];
  return {
    naturalKey: naturalKeyOf(definition, values),
    values,
    placedFrom: placed.start,
    placedOn: placed.end,
    amount,
    caseCount: count,
    aggregate: input.aggregate !== undefined,
    note: input.aggregate?.note ?? null,
    district: district ?? null,
  };
}

/**
 * Checks every case against its kind and the plan, all at once: each problem says which row and
 * field, and why (a unit of another dimension, a date outside the plan, a choice not listed, two
 * cases with one natural key…). Either every case is good or none is returned, so a caller can
 * write all or nothing.
 * @example checkCases(visits, [{ values: { year: '108', company: '…' } }], plan)
 *   // { ok: false, problems: [{ row: 0, field: 'year', code: 'outside_plan', … }] }
 */
export function checkCases(
  definition: RegistryDefinition,
  inputs: readonly CaseInput[],
  plan: Period,
): CheckOutcome {
  const problems: CaseProblem[] = [];
  const cases: CheckedCase[] = [];
  const firstRowOf = new Map<string, number>();
  inputs.forEach((input, index) => {
    const row = input.row ?? index + 1;
    const checked = checkOne(definition, input, row, plan, problems);
    if (!checked) return;
    const first = firstRowOf.get(checked.naturalKey);
    if (first !== undefined) {
      const key = definition.naturalKey.map((k) => checked.values[k] ?? '').join(' / ');
      problems.push(
        problem(row, definition.naturalKey[0] ?? '', 'duplicate_key', { key, row: String(first) }),
      );
      return;
    }
    firstRowOf.set(checked.naturalKey, row);
    cases.push(checked);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cases };
}
