import { readFile, writeFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { can } from '../../core/permissions.js';
import { NetZeroError } from '../../core/errors.js';
import { findUser } from '../../db/accounts/users.js';
import type { Tables } from '../../db/tables.js';
import { buildAgencyTemplate } from '../../reports/agency-template/build-agency-template.js';
import { importRoundUpload } from '../../reports/agency-template/import-round-upload.js';
import { LIMITS } from '../../reports/agency-template/layout.js';
import { readTemplateRecord } from '../../reports/agency-template/parse-agency-upload.js';
import { loadRoundTemplateInput } from '../../reports/agency-template/round-template.js';
import { operand, requireFlag, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { withProgress } from '../progress.js';
import { cliActor } from './cli-actor.js';

/** `netzero round template`: the agency Excel template of a reporting round. */
export async function roundTemplate(
  { values }: Flags<Record<'city' | 'round' | 'agency' | 'out', 'string'>>,
  io: CliIo,
): Promise<number> {
  const city = requireFlag(values.city, 'city');
  const round = requireFlag(values.round, 'round');
  if (!/^\d+$/.test(round)) throw usage('--round takes the round number');
  const agency = requireFlag(values.agency, 'agency');
  const out = requireFlag(values.out, 'out');
  const input = await withDatabase(io, (db) =>
    loadRoundTemplateInput(db, city, Number(round), agency),
  );
  await writeFile(out, await buildAgencyTemplate(input));
  const rows = input.measures.reduce((n, m) => n + m.indicators.length, 0);
  io.out(
    `${out}: ${input.agency.name} (${input.agency.code}), round ${input.round} (${input.period.label}), ${String(input.measures.length)} measures, ${String(rows)} figures to fill`,
  );
  return 0;
}

/** `netzero round import`: a filled template becomes the agency's drafts. */
export async function roundImport(
  { values, positionals }: Flags<{ as: 'string' }>,
  io: CliIo,
): Promise<number> {
  const file = operand(positionals);
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    throw new NetZeroError('VALIDATION_FAILED', `cannot read ${file}: ${String(error)}`, [
      { path: 'file', message: 'unreadable' },
    ]);
  }
  if (data.length > LIMITS.bytes)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `${file} is ${String(data.length)} bytes; an upload may be at most ${String(LIMITS.bytes)}`,
      [{ path: 'file', message: 'too large' }],
    );
  const result = await withProgress(io, 'round import', (progress) => {
    progress.step(`checking ${file} cell by cell`);
    return withDatabase(io, async (db) => {
      const actor = values.as === undefined ? cliActor(io) : await knownUser(db, data, values.as);
      return importRoundUpload(db, data, actor);
    });
  });
  io.out(
    `${file}: ${result.agency.name} (${result.agency.code}), round ${String(result.round)}: ${String(result.saved.length)} drafts saved, ${String(result.unchanged.length)} unchanged, ${String(result.blank.length)} left blank`,
  );
  for (const s of result.saved)
    io.out(`  ${s.sector} ${String(s.no)} → draft version ${String(s.version)}`);
  return 0;
}

/** `--as` names an account of the template's city that may file for its agency. */
async function knownUser(db: Kysely<Tables>, data: Buffer, username: string): Promise<string> {
  const read = await readTemplateRecord(data);
  if (!read.ok) return username; // the import refuses the file with the full reasons
  const { city, agency } = read.record;
  const user = await findUser(db, city, username);
  const actor = user ? { city, role: user.role, agencies: user.agencies } : null;
  if (!can(actor, city, 'submissions.edit', agency))
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `--as: "${username}" is not an admin or an agency_editor of ${agency} in ${city}`,
      [{ path: 'arguments', message: 'not allowed to file for this agency' }],
    );
  return username;
}
