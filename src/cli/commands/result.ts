import { recordResult } from '../../db/plans/record-result.js';
import { resolvePlan } from '../../db/plans/list-plans.js';
import { requireFlag, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { cliActor } from './cli-actor.js';

type ResultFlags = Record<
  'city' | 'plan' | 'sector' | 'no' | 'indicator' | 'period' | 'value' | 'basis' | 'text',
  'string'
>;

/** `netzero result add`: record one figure for a measure's indicator. */
export async function resultAdd({ values }: Flags<ResultFlags>, io: CliIo): Promise<number> {
  const no = Number(requireFlag(values.no, 'no'));
  if (!Number.isInteger(no) || no < 1)
    throw usage(`--no must be a measure number (1, 2, …), not "${values.no ?? ''}"`);
  const basis = values.basis ?? 'increment';
  if (basis !== 'increment' && basis !== 'total')
    throw usage(`--basis must be increment or total, not "${basis}"`);
  const outcome = await withDatabase(io, async (db) => {
    const target = await resolvePlan(db, values.city, values.plan);
    return recordResult(db, {
      ...target,
      sector: requireFlag(values.sector, 'sector'),
      no,
      indicator: values.indicator,
      period: requireFlag(values.period, 'period'),
      value: requireFlag(values.value, 'value'),
      basis,
      text: values.text,
      actor: cliActor(io),
    });
  });
  io.out(`${outcome.created ? 'Recorded' : 'Updated'} the figure for ${outcome.period}.`);
  return 0;
}
