import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { importRegistryCases, type ImportOutcome } from '../../db/registries/import-cases.js';
import { getRegistryKind } from '../../db/registries/kinds.js';
import type { Tables } from '../../db/tables.js';
import {
  readRegistryFile,
  WHOLE_FILE,
  type ColumnMapping,
  type SheetProblem,
} from './read-registry-file.js';

/** Where a problem is, as a clerk finds it in the file: `C7`, or nothing for the whole file. */
const located = (cell: string) => (cell === WHOLE_FILE ? '' : `${cell}: `);

function refused(problems: readonly SheetProblem[]): NetZeroError {
  const shown = problems
    .slice(0, 5)
    .map((p) => `${located(p.cell)}${p.message}`)
    .join('; ');
  const more = problems.length > 5 ? ` (and ${String(problems.length - 5)} more)` : '';
  return new NetZeroError(
    'VALIDATION_FAILED',
    `the file was refused, nothing was written: ${shown}${more}`,
    problems.map((p) => ({ path: p.cell, message: p.message, code: p.code, params: p.params })),
  );
}

/**
 * Imports an agency's spreadsheet (XLSX or CSV) into a registry, all or nothing: the file's own
 * problems (formulas, merged cells, size) and every case's problems are reported by cell
 * (`C7`), and nothing is written if there is any. Importing the same file again changes nothing.
 * The audit entry names the file and its SHA-256.
 */
export async function importRegistryFile(
  db: Kysely<Tables>,
  input: {
    city: string;
    kind: string;
    bytes: Buffer;
    filename: string;
    mapping?: ColumnMapping;
    actor: string;
  },
): Promise<ImportOutcome & { sha256: string }> {
  const definition = await getRegistryKind(db, input.city, input.kind);
  const sheet = await readRegistryFile(input.bytes, input.filename, definition, input.mapping);
  if (!sheet.ok) throw refused(sheet.problems);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const outcome = await importRegistryCases(
    db,
    input.city,
    input.kind,
    sheet.inputs,
    input.actor,
    { name: input.filename, sha256 },
    (p) => `${sheet.columnOf(p.field)}${String(p.row)}`,
  );
  return { ...outcome, sha256 };
}
