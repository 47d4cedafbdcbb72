import type { ProjectPageResponse } from '../../contracts/api/credits.js';
import { formatSerials } from '../../core/credits/serials.js';
import { formatNumber } from '../../core/format/numbers.js';
import { checkLedger } from '../../db/credits/check-ledger.js';
import { listProjects, projectPage } from '../../db/credits/read-projects.js';
import { resolveCity } from '../../db/emissions/resolve-city.js';
import { parseFlags, stringFlags, usage } from '../args.js';
import { withDatabase } from '../database.js';
import { subcommands, type Command } from '../subcommands.js';
import { renderTable } from '../text-table.js';

const flags = { ...stringFlags('city'), json: { type: 'boolean' } } as const;
const count = (n: number) => formatNumber(String(n));

/** `netzero platform credits list`: every offset project with what it issued and retired. */
const list: Command = async (argv, io) => {
  const { values } = parseFlags(argv, flags);
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
};

/** `netzero platform credits show <project>`: its registration, periods and every operation. */
const show: Command = async (argv, io) => {
  const { values, positionals } = parseFlags(argv, flags);
  const code = positionals[0];
  if (!code) throw usage('usage: netzero platform credits show <project> [--city C] [--json]');
  const page = await withDatabase(io, async (db) =>
    projectPage(db, await resolveCity(db, values.city), code, 'registry'),
  );
  io.out(values.json ? JSON.stringify(page, null, 2) : describePage(page));
  return 0;
};

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
const check: Command = async (argv, io) => {
  const { values } = parseFlags(argv, stringFlags('city'));
  const problems = await withDatabase(io, async (db) =>
    checkLedger(db, await resolveCity(db, values.city)),
  );
  if (problems.length === 0) {
    io.out('The credits ledger holds: balances equal the journal, every serial is in one place.');
    return 0;
  }
  for (const problem of problems) io.err(problem);
  return 1;
};

/** `netzero platform …`: the Kaohsiung Carbon Platform (高雄碳平台); today its credits ledger. */
export const platformCommand = subcommands('platform', {
  credits: subcommands('platform credits', { list, show, check }),
});
