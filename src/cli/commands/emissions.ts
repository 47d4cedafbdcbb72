import type { Decimal } from '../../core/decimal.js';
import { toFixed } from '../../core/decimal.js';
import { toWanTonnesText } from '../../core/format/tonnes.js';
import { getCarbonBudgetStatus, getEmissionsPathway } from '../../db/emissions/emissions-status.js';
import { resolveCity } from '../../db/emissions/resolve-city.js';
import { transitionCarbonBudget } from '../../db/emissions/transition-budget.js';
import { requireFlag } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { jsonText } from '../json-output.js';
import { renderTable } from '../text-table.js';
import { cliActor } from './cli-actor.js';

/** 萬公噸 with two decimals, as the city's reports print emissions; '–' for unknown. */
const wan = (t: Decimal | null) => (t === null ? '–' : toWanTonnesText(t));
const pct = (p: Decimal | null) => (p === null ? '–' : `${toFixed(p, 1)}%`);
/** A header and rows, numbers right-aligned (every column after the first). */
const textTable = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  renderTable(
    [header, ...rows],
    header.map((_, i) => i > 0),
  );

/** netzero pathway: the trajectory to the targets and the gap, year by year. */
export async function pathwayCommand(
  { values }: Flags<{ city: 'string'; json: 'boolean'; all: 'boolean' }>,
  io: CliIo,
): Promise<number> {
  const pathway = await withDatabase(io, async (db) =>
    getEmissionsPathway(db, await resolveCity(db, values.city)),
  );
  if (values.json) {
    io.out(jsonText(pathway));
    return 0;
  }
  // Years with a measurement, target or knot, unless --all: 46 lines of straight line say little.
  const shown = pathway.gap.filter(
    (g, i) => values.all || g.actualT !== null || pathway.trajectory[i]?.origin !== 'linear',
  );
  io.out(`${pathway.city}: emissions pathway from ${pathway.baseYear} (萬公噸 CO₂e)`);
  io.out(
    textTable(
      [
        'year',
        'pathway',
        'actual',
        'gap',
        'gap %',
        'required',
        'planned',
        'remaining',
        'remaining %',
      ],
      shown.map((g) => [
        String(g.year),
        wan(g.trajectoryT),
        wan(g.actualT),
        wan(g.gapT),
        pct(g.gapPercent),
        wan(g.requiredReductionT),
        wan(g.plannedReductionT),
        wan(g.remainingGapT),
        pct(g.remainingGapPercent),
      ]),
    ),
  );
  io.out(
    'gap = actual − pathway; required = latest actual − pathway; planned = plan reductions since then.',
  );
  return 0;
}

/** netzero budget status: each budget against its cap and the pathway. */
export async function budgetStatus(
  { values }: Flags<{ city: 'string'; json: 'boolean' }>,
  io: CliIo,
): Promise<number> {
  const { city, budgets } = await withDatabase(io, async (db) => {
    const id = await resolveCity(db, values.city);
    return { city: id, budgets: await getCarbonBudgetStatus(db, id) };
  });
  if (values.json) {
    io.out(jsonText({ city, budgets }));
    return 0;
  }
  if (budgets.length === 0) {
    io.out(`${city}: no carbon budgets.`);
    return 0;
  }
  for (const b of budgets) {
    io.out(
      `${city} ${b.code} ${b.startYear}–${b.endYear} (${b.approval}): cap ${wan(b.capT)} 萬公噸${b.capBasis === 'annual' ? ' a year' : ''}, ${wan(b.periodCapT)} for the period; pathway ${wan(b.pathwayCapT)}; actual ${wan(b.actualT)} (${b.yearsMeasured.length ? b.yearsMeasured.join(', ') : 'no year measured yet'}); remaining ${wan(b.remainingT)}${b.complete ? '' : ' (provisional)'}`,
    );
    io.out(
      textTable(
        ['year', 'pathway', 'actual'],
        b.years.map((y) => [String(y.year), wan(y.pathwayT), wan(y.actualT)]),
      ),
    );
    if (b.sectors.length > 0)
      io.out(
        textTable(
          ['sector', 'cap', 'actual', 'remaining'],
          b.sectors.map((s) => [s.sector, wan(s.capT), wan(s.actualT), wan(s.remainingT)]),
        ),
      );
    else io.out('  no sector allocation');
  }
  return 0;
}

/** netzero budget transition: one approval step. */
export async function budgetTransition(
  { values }: Flags<Record<'city' | 'budget' | 'to' | 'by' | 'note', 'string'>>,
  io: CliIo,
): Promise<number> {
  const result = await withDatabase(io, async (db) =>
    transitionCarbonBudget(
      db,
      await resolveCity(db, values.city),
      requireFlag(values.budget, 'budget'),
      requireFlag(values.to, 'to'),
      requireFlag(values.by, 'by'),
      { actor: cliActor(io), ...(values.note === undefined ? {} : { note: values.note }) },
    ),
  );
  io.out(`${values.budget ?? ''}: ${result.from} → ${result.to} (step ${result.seq})`);
  return 0;
}
