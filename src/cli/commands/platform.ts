import type { ProjectPageResponse } from '../../contracts/api/credits.js';
import { formatSerials } from '../../core/credits/serials.js';
import { formatNumber } from '../../core/format/numbers.js';
import { checkLedger } from '../../db/credits/check-ledger.js';
import { listProjects, projectPage } from '../../db/credits/read-projects.js';
import { resolveCity } from '../../db/emissions/resolve-city.js';
import { operand } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../text-table.js';

type ReadFlags = Flags<{ city: 'string'; json: 'boolean' }>;
const count = (n: number) => formatNumber(String(n));

/** `netzero platform credits list`: every offset project with what it issued and retired. */
export async function creditsList({ values }: ReadFlags, io: CliIo): Promise<number> {
  const projects = await withDatabase(io, async (db) =>
    listProjects(db, await resolveCity(db, values.city), 'registry'),
  );
  if (values.json) io.out(JSON.stringify(projects, null, 2));
  else
    io.out(
      renderTable(
        [
          [
            'project',
            'proponent',
            'registration',
            'verified t',
            'issued',
            'retired',
            'used',
            'outstanding',
          ],
          ...projects.map((p) => [
            p.code,
            p.proponent,
            p.registration.status,
            formatNumber(p.totals.verifiedTonnes),
            count(p.totals.issued),
            count(p.totals.retired),
            count(p.totals.used),
            count(p.totals.outstanding),
          ]),
        ],
        [false, false, false, true, true, true, true, true],
      ),
    );
  return 0;
}

/** `netzero platform credits show <project>`: its registration, periods and every operation. */
export async function creditsShow({ values, positionals }: ReadFlags, io: CliIo): Promise<number> {
  const code = operand(positionals);
  const page = await withDatabase(io, async (db) =>
    projectPage(db, await resolveCity(db, values.city), code, 'registry'),
  );
  io.out(values.json ? JSON.stringify(page, null, 2) : describePage(page));
  return 0;
}

function describePage({ project: p, periods, history }: ProjectPageResponse): string {
  const registration = [p.registration.status, p.registration.number, p.registration.date]
    .filter((x) => x !== null)
    .join(', ');
  const measure = p.measure ? `${p.measure.plan} ${p.measure.sector} ${p.measure.no}` : '—';
  return [
    `${p.name} (${p.code})`,
    `proponent: ${p.proponent}; registration: ${registration}; measure: ${measure}`,
    '',
    renderTable(
      [
        ['period', 'from', 'to', 'reported t', 'verified t', 'issued', 'issuable'],
        ...periods.map((x) => [
          String(x.no),
          x.startsOn,
          x.endsOn,
          x.reportedTonnes ? formatNumber(x.reportedTonnes) : '—',
          x.verifiedTonnes ? formatNumber(x.verifiedTonnes) : 'not verified',
          count(x.issued),
          count(x.issuable),
        ]),
      ],
      [false, false, false, true, true, true, true],
    ),
    '',
    history.length === 0
      ? 'No credits issued yet.'
      : renderTable(
          [
            ['#', 'date', 'operation', 'credits', 'serials', 'from', 'to', 'reference'],
            ...history.map((o) => [
              String(o.id),
              o.on,
              o.kind,
              count(o.quantity),
              o.serials.map(formatSerials).join(', '),
              o.from?.code ?? '—',
              o.to?.code ?? '—',
              o.reference ?? '',
            ]),
          ],
          [true, false, false, true],
        ),
  ].join('\n');
}

/** `netzero platform credits check`: the ledger's invariants read back from its rows. */
export async function creditsCheck({ values }: ReadFlags, io: CliIo): Promise<number> {
  const problems = await withDatabase(io, async (db) =>
    checkLedger(db, await resolveCity(db, values.city)),
  );
  if (values.json) {
    io.out(JSON.stringify({ holds: problems.length === 0, problems }, null, 2));
    return problems.length === 0 ? 0 : 1;
  }
  if (problems.length === 0) {
    io.out('The credits ledger holds: balances equal the journal, every serial is in one place.');
    return 0;
  }
  for (const problem of problems) io.err(problem);
  return 1;
}
