import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { importRegistryCases, type ImportOutcome } from '../../db/registries/import-cases.js';
import { inTransaction } from '../../db/registries/in-transaction.js';
import { getRegistryKind } from '../../db/registries/kinds.js';
import { saveMapping, savedMapping } from '../../db/registries/mappings.js';
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
 * The audit entry names the file and its SHA-256. A mapping given is kept as the kind's for the
 * next import; without one, the kept mapping is used.
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
  // Without a mapping, the one the agency last imported with (read before the lock: parsing a
  // large file should not hold the city's registries).
  const mapping = input.mapping ?? (await savedMapping(db, input.city, input.kind)) ?? {};
  const sheet = await readRegistryFile(input.bytes, input.filename, definition, mapping);
  if (!sheet.ok) throw refused(sheet.problems);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return inTransaction(db, input.city, async (trx) => {
    const outcome = await importRegistryCases(
      trx,
      input.city,
      input.kind,
      sheet.inputs,
      input.actor,
      { name: input.filename, sha256 },
      (p) => `${sheet.columnOf(p.field)}${String(p.row)}`,
    );
    // A mapping that worked is kept for the next file, with the cases it brought in.
    if (input.mapping) await saveMapping(trx, input.city, input.kind, input.mapping, input.actor);
    return { ...outcome, sha256 };
  });
}
