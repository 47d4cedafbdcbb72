import { writeFile } from 'node:fs/promises';
import { parseIsoDate, todayInTaiwan } from '../../core/dates.js';
import { NetZeroError } from '../../core/errors.js';
import { reportFormats } from '../../core/vocabulary/lists.js';
import { listAgencies } from '../../db/city/agencies.js';
import { setAgencyContacts } from '../../db/committee/agency-contacts.js';
import { exportCommittee } from '../../db/committee/export-committee.js';
import { listOverdue, loadFollowUpRecords, setMinutesSent } from '../../db/committee/follow-up.js';
import { importCommittee } from '../../db/committee/import-committee.js';
import { resolveCity } from '../../db/emissions/resolve-city.js';
import { operand, requireFlag, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { jsonText } from '../json-output.js';
import { withProgress } from '../progress.js';
import { renderTable } from '../text-table.js';
import { cliActor } from './cli-actor.js';
import { importForCity } from './import-for-city.js';

/*
 * `netzero committee …`: the committee's document in and out, its minutes and follow-up table as
 * files, the overdue list, and the reminders run once by hand. --city may be left out when
 * there is only one city.
 */

export async function committeeImport(input: Flags<{ city: 'string' }>, io: CliIo) {
  const stored = await importForCity(input, io, importCommittee);
  io.out(`Imported the committee ${stored.committee.name}: ${stored.meetings.length} meeting(s).`);
  return 0;
}

export async function committeeExport(
  { values }: Flags<{ city: 'string'; out: 'string' }>,
  io: CliIo,
) {
  const doc = await withDatabase(io, async (db) =>
    exportCommittee(db, await resolveCity(db, values.city)),
  );
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (values.out) {
    await writeFile(values.out, json, 'utf8');
    io.out(`Exported the committee to ${values.out}.`);
  } else io.out(json);
  return 0;
}

export async function committeeMinutes(
  { values, positionals }: Flags<Record<'city' | 'format' | 'out', 'string'>>,
  io: CliIo,
) {
  const meeting = operand(positionals);
  const format = oneOf(values.format, ['docx', 'odt', 'pdf'] as const, 'format');
  const out = requireFlag(values.out, 'out');
  const document = await withDatabase(io, async (db) =>
    exportCommittee(db, await resolveCity(db, values.city)),
  );
  const { buildMinutesModel } = await import('../../reports/committee-minutes/minutes-model.js');
  const { renderMinutesFiles } = await import('../../reports/committee-minutes/render-minutes.js');
  const files = await withProgress(io, 'committee minutes', (progress) => {
    progress.step(`rendering ${meeting} as ${format}`);
    return renderMinutesFiles(buildMinutesModel(document, meeting), [format]);
  });
  await writeOne(files.get(format), out);
  io.out(out);
  return 0;
}

export async function committeeFollowUpTable(
  { values }: Flags<Record<'city' | 'meeting' | 'as-of' | 'format' | 'out', 'string'>>,
  io: CliIo,
) {
  const format = oneOf(values.format, reportFormats, 'format');
  const out = requireFlag(values.out, 'out');
  const asOf = asOfFlag(values['as-of']);
  const { document, records, agencies } = await withDatabase(io, async (db) => {
    const city = await resolveCity(db, values.city);
    return {
      document: await exportCommittee(db, city),
      records: await loadFollowUpRecords(db, city, { meeting: values.meeting }),
      agencies: await listAgencies(db, city),
    };
  });
  const table = await import('../../reports/committee-minutes/follow-up-table.js');
  const { renderFollowUpFiles } =
    await import('../../reports/committee-minutes/render-follow-up.js');
  const model = table.buildFollowUpTable(document, records, {
    asOf,
    agencyNames: table.committeeAgencyNames(agencies, document),
  });
  const files = await withProgress(io, 'committee follow-up-table', (progress) => {
    progress.step(`rendering ${format}`);
    return renderFollowUpFiles(model, [format]);
  });
  await writeOne(files.get(format), out);
  io.out(out);
  return 0;
}

export async function committeeOverdue(
  { values }: Flags<Record<'city' | 'agency' | 'as-of', 'string'> & { json: 'boolean' }>,
  io: CliIo,
) {
  const asOf = asOfFlag(values['as-of']);
  const { rows, names } = await withDatabase(io, async (db) => {
    const city = await resolveCity(db, values.city);
    const counts = await listOverdue(db, city, asOf);
    const agencies = await listAgencies(db, city);
    if (values.agency !== undefined && !agencies.some((a) => a.code === values.agency))
      throw new NetZeroError('NOT_FOUND', `"${values.agency}" is not an agency of ${city}`, [
        { path: 'agency', message: 'not found' },
      ]);
    return {
      rows: counts.filter((c) => values.agency === undefined || c.agency === values.agency),
      names: new Map(agencies.map((a) => [a.code, a.name])),
    };
  });
  if (values.json) {
    const named = rows.map((r) => ({ ...r, name: names.get(r.agency) ?? null }));
    io.out(jsonText({ asOf, overdue: named }));
    return 0;
  }
  if (rows.length === 0) {
    io.out(`Nothing overdue on ${asOf}.`);
    return 0;
  }
  const table = [
    ['agency', 'name', 'overdue', 'oldest due'],
    ...rows.map((r) => [r.agency, names.get(r.agency) ?? '', String(r.overdue), r.oldestDue]),
  ];
  io.out(`Overdue on ${asOf}:\n${renderTable(table, [false, false, true, false])}`);
  return 0;
}

export async function committeeRemind(
  { values }: Flags<{ city: 'string'; today: 'string' }>,
  io: CliIo,
) {
  const today =
    values.today === undefined ? todayInTaiwan() : parseIsoDate(values.today, '--today');
  const { createMailerFromEnv } = await import('../../server/mail/mailer.js');
  const { remindAgencies } = await import('../../server/jobs/remind-agencies.js');
  const { describeOutcome } = await import('../../server/jobs/reminder-schedule.js');
  const mailer = createMailerFromEnv(io.env);
  try {
    const { city, outcome } = await withDatabase(io, async (db) => {
      const city = await resolveCity(db, values.city);
      const outcome = await remindAgencies(db, {
        city,
        today,
        mailer,
        platformUrl: io.env.NETZERO_PUBLIC_URL ?? null,
      });
      return { city, outcome };
    });
    io.out(describeOutcome(city, today, outcome));
    if (outcome.failed.length)
      throw new NetZeroError(
        'INTERNAL',
        `${outcome.failed.length} reminder mail(s) could not be sent; the next run tries them again`,
        outcome.failed.map((f) => ({ path: `agencies.${f.agency}`, message: f.message })),
      );
    return 0;
  } finally {
    mailer.close();
  }
}

export async function committeeContacts(
  { values, positionals }: Flags<{ city: 'string'; agency: 'string' }>,
  io: CliIo,
) {
  const agency = requireFlag(values.agency, 'agency');
  const saved = await withDatabase(io, async (db) =>
    setAgencyContacts(
      db,
      await resolveCity(db, values.city),
      agency,
      positionals.map((address) => ({ name: null, address })),
      cliActor(io),
    ),
  );
  io.out(
    saved.length
      ? `Reminders to ${agency} go to ${saved.map((c) => c.address).join(', ')}.`
      : `${agency} has no e-mail address: its reminders are in the app only.`,
  );
  return 0;
}

export async function committeeMinutesSent(
  { values, positionals }: Flags<{ city: 'string'; on: 'string' }>,
  io: CliIo,
) {
  const meeting = operand(positionals);
  const on = parseIsoDate(requireFlag(values.on, 'on'), '--on');
  const due = await withDatabase(io, async (db) =>
    setMinutesSent(db, await resolveCity(db, values.city), meeting, on, cliActor(io)),
  );
  io.out(`The minutes of ${meeting} were sent on ${on}: replies are due on ${due}.`);
  return 0;
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw usage(`--${flag} must be one of ${allowed.join(', ')}`);
  return found;
}

function asOfFlag(value: string | undefined) {
  return value === undefined ? todayInTaiwan() : parseIsoDate(value, '--as-of');
}

async function writeOne(data: Buffer | undefined, out: string): Promise<void> {
  if (!data) throw new NetZeroError('INTERNAL', `nothing was rendered for ${out}`, []);
  await writeFile(out, data);
}
