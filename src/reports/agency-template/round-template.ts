import type { Kysely } from 'kysely';
import { formatRocPeriod } from '../../core/roc-date.js';
import { loadRoundTemplateRows } from '../../db/rounds/round-template-rows.js';
import type { Tables } from '../../db/tables.js';
import type { RoundTemplateInput } from './types.js';

/** How many published figures per indicator the template shows for reference (latest first). */
const PREVIOUS_SHOWN = 2;

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
  const { round, agency, measures, indicators, results, submissions } = await loadRoundTemplateRows(
    db,
    city,
    roundId,
    agencyCodeOrName,
  );
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
      version: submissions.find((s) => s.measure_id === m.id)?.version ?? 0,
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
