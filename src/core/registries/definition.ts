import { NetZeroError, type Issue } from '../errors.js';
import { findUnit } from '../units.js';
import type { SectorCode } from '../vocabulary/lists.js';
import { registryFieldTypes, type RegistryFieldType } from './vocabulary.js';

/** Words in both languages, as a definition file gives them. */
export interface Words {
  zh: string;
  en: string;
}

export interface RegistryChoice {
  code: string;
  label: Words;
}

export interface RegistryField {
  /** The key cases and column mappings use (`capacity`, `filedOn`). */
  key: string;
  label: Words;
  type: RegistryFieldType;
  required: boolean;
  /** number: the unit values are kept in; a case may give any unit of the same dimension. */
  unit?: string;
  /** choice: the allowed codes. */
  choices?: RegistryChoice[];
  /**
   * A person's data (a household's name or address): shown only to the secretariat and the
   * keeping agency's clerks, withheld from everyone else. Summaries never group by it.
   */
  private?: boolean;
}

/**
 * Which column of an agency's spreadsheet holds a field: its header, and the unit its bare
 * numbers are in, if not the field's. Kept per kind once an import succeeds with it.
 */
export type ColumnMapping = Readonly<Record<string, string | { column: string; unit?: string }>>;

/** The measure indicator a kind feeds, by its stable names (ids change on a city re-import). */
export interface RegistryFeed {
  plan: string;
  sector: SectorCode;
  measure: number;
  indicator: string;
  /** What is known about why the published figure and the cases may differ. */
  note?: Words;
}

/**
 * A registry kind, as data: what a secretariat writes in a definition file. The platform gives
 * every kind the same storage, checks, import, list and summaries, so a new kind needs no code.
 */
export interface RegistryDefinition {
  code: string;
  /** Raised when fields change; each case keeps the version it was entered under. */
  version: number;
  name: Words;
  /** The agency that keeps the registry. */
  agency: string;
  fields: RegistryField[];
  /** The figure the cases make: the sum of a number field, or the count of cases. */
  tally: { kind: 'sum'; field: string } | { kind: 'count' };
  /** The date field that places a case in a period (its end, for a year or a range). */
  placedBy: string;
  /** The fields whose values identify a case: a second case with the same values is refused. */
  naturalKey: string[];
  /** The field summaries group by district, if the kind has one. */
  district?: string;
  /** Further choice or text fields the list page summarises by (Table 2: stage × site type). */
  groupBy?: string[];
  feeds?: RegistryFeed;
  notes?: Words[];
}

const KEY = /^[a-z][A-Za-z0-9]*$/;

/**
 * Checks what a definition means (zod has checked its shape): field keys unique and well
 * formed, units known, choices present, and every reference to a field pointing at a field of
 * the right type — a summed field that is text, or a period set by a number, would give figures
 * no one can read. All problems are reported at once.
 * @example validateRegistryDefinition({ ...visits, tally: { kind: 'sum', field: 'company' } })
 *   // throws: tally.field: "company" is a text field; only a number field can be summed
 */
export function validateRegistryDefinition(definition: RegistryDefinition): RegistryDefinition {
  const issues: Issue[] = [];
  const problem = (path: string, message: string) => issues.push({ path, message });
  const byKey = new Map<string, RegistryField>();
  definition.fields.forEach((field, i) => {
    const at = `fields[${String(i)}]`;
    if (!KEY.test(field.key))
      problem(`${at}.key`, `"${field.key}" is not a field key (letters and digits, from a-z)`);
    if (byKey.has(field.key)) problem(`${at}.key`, `"${field.key}" is declared twice`);
    byKey.set(field.key, field);
    if (field.type === 'number' && (field.unit === undefined || !findUnit(field.unit)))
      problem(`${at}.unit`, `a number field needs a known unit, not "${field.unit ?? ''}"`);
    if (field.type !== 'number' && field.unit !== undefined)
      problem(`${at}.unit`, `only a number field has a unit; "${field.key}" is ${field.type}`);
    if (field.type === 'choice' && (field.choices ?? []).length === 0)
      problem(`${at}.choices`, `a choice field lists its choices`);
    const codes = (field.choices ?? []).map((c) => c.code);
    if (new Set(codes).size !== codes.length) problem(`${at}.choices`, 'a choice is listed twice');
  });
  const refer = (path: string, key: string, allowed: readonly RegistryFieldType[], use: string) => {
    const field = byKey.get(key);
    if (!field) problem(path, `"${key}" is not a field of this kind`);
    else if (!allowed.includes(field.type))
      problem(path, `"${key}" is a ${field.type} field; ${use}`);
  };
  if (definition.tally.kind === 'sum')
    refer('tally.field', definition.tally.field, ['number'], 'only a number field can be summed');
  refer('placedBy', definition.placedBy, ['date'], 'only a date field places a case in a period');
  if (byKey.get(definition.placedBy)?.required === false)
    problem('placedBy', `"${definition.placedBy}" must be required: every case needs a period`);
  if (definition.naturalKey.length === 0) problem('naturalKey', 'name at least one field');
  definition.naturalKey.forEach((key, i) =>
    refer(`naturalKey[${String(i)}]`, key, registryFieldTypes, ''),
  );
  definition.naturalKey.forEach((key, i) => {
    if (byKey.get(key)?.required === false)
      problem(`naturalKey[${String(i)}]`, `"${key}" must be required to identify a case`);
  });
  if (definition.district !== undefined)
    refer('district', definition.district, ['text', 'choice'], 'a district is text or a choice');
  (definition.groupBy ?? []).forEach((key, i) =>
    refer(`groupBy[${String(i)}]`, key, ['text', 'choice'], 'summaries group by text or choices'),
  );
  // Summaries and each case's amount and period are public: a private field there would
  // publish its values (a group of one case shows its amount).
  const published = [
    ...(definition.district === undefined ? [] : [['district', definition.district]]),
    ...(definition.groupBy ?? []).map((key, i) => [`groupBy[${String(i)}]`, key]),
    ...(definition.tally.kind === 'sum' ? [['tally.field', definition.tally.field]] : []),
    ['placedBy', definition.placedBy],
  ];
  for (const [path = '', key = ''] of published)
    if (byKey.get(key)?.private === true)
      problem(path, `"${key}" is private; what is published cannot come from it`);
  if (issues.length > 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `registry kind "${definition.code}": ${issues.map((x) => `${x.path}: ${x.message}`).join('; ')}`,
      issues,
    );
  return definition;
}

/**
 * A case's values as `reader` may see them: private fields' values left out unless the reader
 * may see them (the secretariat, the keeping agency's clerks; see 'registries.private').
 */
export function visibleValues<V>(
  definition: RegistryDefinition,
  values: Readonly<Record<string, V>>,
  seesPrivate: boolean,
): Record<string, V> {
  if (seesPrivate) return { ...values };
  const hidden = new Set(definition.fields.filter((f) => f.private === true).map((f) => f.key));
  return Object.fromEntries(Object.entries(values).filter(([key]) => !hidden.has(key)));
}

/** The field a definition declares under `key`; the definition was validated, so it exists. */
export function fieldOf(definition: RegistryDefinition, key: string): RegistryField {
  const field = definition.fields.find((f) => f.key === key);
  if (!field) throw new Error(`registry kind ${definition.code} has no field ${key}`);
  return field;
}
