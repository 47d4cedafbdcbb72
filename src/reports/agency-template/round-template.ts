import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { formatRocPeriod } from '../../core/roc-date.js';
import type { Tables } from '../../db/tables.js';
import type { RoundTemplateInput } from './types.js';

/** How many published figures per indicator the template shows for reference (latest first). */
const PREVIOUS_SHOWN = 2;

/** An agency named by its code (tb) or its name (交通局). */
export async function resolveAgency(
  db: Kysely<Tables>,
  city: string,
  agency: string,
): Promise<{ code: string; name: string }> {
  const row = await db
    .selectFrom('agencies')
    .select(['code', 'name'])
    .where('city_id', '=', city)
    .where((eb) => eb.or([eb('code', '=', agency), eb('name', '=', agency)]))
    .executeTakeFirst();
  if (!row)
    throw new NetZeroError('NOT_FOUND', `agency: ${city} has no agency "${agency}"`, [
      { path: 'agency', message: 'not found' },
    ]);
  return row;
}

/**
 * What the agency's template for a reporting round is made of, read from the database: the
 * round's plan and period, the agency's measures in plan order, their quantified indicators
 * with units, and the latest published figures before the round for reference. Observation
 * indicators take no figure: the agency describes them in the qualitative results.
 */
export async function loadRoundTemplateInput(
  db: Kysely<Tables>,
  city: string,
  roundId: number,
  agencyCodeOrName: string,
): Promise<RoundTemplateInput> {
  const round = await db
    .selectFrom('reporting_rounds')
    .selectAll()
    .where('city_id', '=', city)
    .where('id', '=', roundId)
    .executeTakeFirst();
  if (!round)
    throw new NetZeroError('NOT_FOUND', `round: ${city} has no reporting round ${roundId}`, [
      { path: 'round', message: 'not found' },
    ]);
  const agency = await resolveAgency(db, city, agencyCodeOrName);
  const measures = await db
    .selectFrom('measures')
    .innerJoin('plan_sectors', (j) =>
      j
        .onRef('plan_sectors.city_id', '=', 'measures.city_id')
        .onRef('plan_sectors.plan_code', '=', 'measures.plan_code')
        .onRef('plan_sectors.code', '=', 'measures.sector_code'),
    )
    .select([
      'measures.id',
      'measures.sector_code',
      'measures.no',
      'measures.name',
      'plan_sectors.name as sector_name',
    ])
    .where('measures.city_id', '=', city)
    .where('measures.plan_code', '=', round.plan_code)
    .where('measures.agency_code', '=', agency.code)
    .orderBy('plan_sectors.position')
    .orderBy('measures.no')
    .execute();
  if (measures.length === 0)
    throw new NetZeroError(
      'NOT_FOUND',
      `agency: ${agency.name} (${agency.code}) has no measures in plan "${round.plan_code}"`,
      [{ path: 'agency', message: 'no measures in the round' }],
    );
  const ids = measures.map((m) => m.id);
  const [indicators, results] = await Promise.all([
    db
      .selectFrom('indicators')
      .select(['id', 'measure_id', 'key', 'label', 'unit', 'target_kind'])
      .where('city_id', '=', city)
      .where('measure_id', 'in', ids)
      .where('target_kind', '!=', 'observation')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('results')
      .innerJoin('indicators', (j) =>
        j
          .onRef('indicators.city_id', '=', 'results.city_id')
          .onRef('indicators.id', '=', 'results.indicator_id'),
      )
      .select([
        'results.indicator_id',
        'results.period_start',
        'results.period_end',
        'results.value',
        'results.basis',
      ])
      .where('results.city_id', '=', city)
      .where('indicators.measure_id', 'in', ids)
      .where('results.period_end', '<', round.period_start)
      .orderBy('results.period_end')
      .orderBy('results.period_start')
      .execute(),
  ]);
  return {
    city,
    round: String(round.id),
    plan: round.plan_code,
    period: {
      start: round.period_start,
      end: round.cut_off,
      label: formatRocPeriod({ start: round.period_start, end: round.cut_off }),
    },
    cutOff: round.cut_off,
    agency,
    measures: measures.map((m) => ({
      sector: m.sector_code,
      sectorName: m.sector_name,
      no: m.no,
      name: m.name,
      indicators: indicators
        .filter((i) => i.measure_id === m.id)
        .map((i) => ({
          key: i.key,
          label: i.label,
          unit: i.unit,
          previous: results
            .filter((r) => r.indicator_id === i.id)
            .slice(-PREVIOUS_SHOWN)
            .map((r) => ({
              label: `${formatRocPeriod({ start: r.period_start, end: r.period_end })}${r.basis === 'total' ? '累計' : ''}`,
              value: r.value,
            })),
        })),
    })),
  };
}
