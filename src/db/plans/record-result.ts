import type { Kysely } from 'kysely';
import { parseDecimal } from '../../core/decimal.js';
import { formatPeriodIso } from '../../core/dates.js';
import { NetZeroError } from '../../core/errors.js';
import { enteredQuantity } from '../../core/quantity.js';
import { overlappingIncrement } from '../../core/progress/overlaps.js';
import { parsePeriod } from '../../core/roc-date.js';
import type { ResultBasis } from '../../core/targets.js';
import { appendAudit } from '../audit/append-audit.js';
import { nextInList } from '../city/rows.js';
import type { Tables } from '../tables.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';
import { measureByNumberQuery, measureFound } from '../measures/measure-rows.js';

export interface RecordResultInput {
  city: string;
  plan: string;
  sector: string;
  no: number;
  /** Indicator key; may be left out when the measure has a single indicator. */
  indicator?: string | undefined;
  /** ROC or ISO period: 112年10月, 112/10, 2023-10-01/2023-10-31. */
  period: string;
  value: string;
  basis: ResultBasis;
  text?: string | undefined;
  /** Who records it, for the audit entry (`cli:<os user>` from the command). */
  actor?: string;
}

/**
 * Records one figure for an indicator, or replaces the figure of the same period (bumping its
 * version). Every check runs before the write and names the field it refuses. Published
 * figures change what the public sees, so each write has its audit entry (result.record).
 */
export async function recordResult(
  db: Kysely<Tables>,
  input: RecordResultInput,
): Promise<{ created: boolean; period: string }> {
  const period = parsePeriod(input.period, 'period');
  const value = parseDecimal(input.value, 'value');
  return db.transaction().execute(async (trx) => {
    const measure = measureFound(
      await measureByNumberQuery(trx, input.city, input.plan, input.sector, input.no)
        .select('measures.id')
        .executeTakeFirst(),
      input,
    );
    // Locking the measure's indicators serialises writers of the same indicator: the overlap
    // and same-period checks below read before they write, and two concurrent transactions
    // would otherwise both find nothing and both insert (a test races eight of them).
    const indicators = await selectCityRows(trx, 'indicators', input.city)
      .select(['id', 'key', 'unit', 'target_kind'])
      .where('measure_id', '=', measure.id)
      .orderBy('position')
      .forUpdate()
      .execute();
    const indicator =
      input.indicator === undefined && indicators.length === 1
        ? indicators[0]
        : indicators.find((i) => i.key === input.indicator);
    if (!indicator) {
      const keys =
        indicators.map((i) => i.key).join(', ') || '(none: the measure is not quantified)';
      throw new NetZeroError(
        'NOT_FOUND',
        `indicator: measure ${input.sector} no. ${input.no} has ${input.indicator === undefined ? 'several indicators; name one' : `no indicator "${input.indicator}"`}: ${keys}`,
        [{ path: 'indicator', message: 'not found' }],
      );
    }
    enteredQuantity(value, indicator.unit, 'value');
    if (input.basis === 'increment') {
      const increments = await selectCityRows(trx, 'results', input.city)
        .select(['period_start', 'period_end'])
        .where('indicator_id', '=', indicator.id)
        .where('basis', '=', 'increment')
        .where((eb) =>
          eb.or([eb('period_start', '!=', period.start), eb('period_end', '!=', period.end)]),
        )
        .execute();
      const other = overlappingIncrement(
        increments.map((r) => ({
          period: { start: r.period_start, end: r.period_end },
          basis: 'increment' as const,
        })),
        period,
      );
      if (other) {
        const message = `overlaps the increment already recorded for ${formatPeriodIso(other.period)}: the shared days would be counted twice`;
        throw new NetZeroError('VALIDATION_FAILED', `period ${input.period} ${message}`, [
          { path: 'period', message },
        ]);
      }
    }
    const row = {
      city_id: input.city,
      indicator_id: indicator.id,
      period_start: period.start,
      period_end: period.end,
      value: value.toFixed(),
      basis: input.basis,
      text: input.text ?? null,
    };
    const existing = await selectCityRows(trx, 'results', input.city)
      .select(['id', 'value', 'basis', 'text'])
      .where('indicator_id', '=', indicator.id)
      .where('period_start', '=', period.start)
      .where('period_end', '=', period.end)
      .executeTakeFirst();
    if (existing) {
      await updateCityRows(trx, 'results', input.city)
        .set((eb) => ({
          value: row.value,
          basis: row.basis,
          text: row.text,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', existing.id)
        .execute();
    } else {
      const ofIndicator = selectCityRows(trx, 'results', input.city).where(
        'indicator_id',
        '=',
        indicator.id,
      );
      await trx
        .insertInto('results')
        .values({ ...row, position: await nextInList(ofIndicator, 'position', 0) })
        .execute();
    }
    await appendAudit(trx, {
      city: input.city,
      actor: input.actor ?? 'system',
      action: 'result.record',
      entity: 'result',
      entityKey: `${input.plan}/${input.sector}/${String(input.no)}/${indicator.key}/${formatPeriodIso(period)}`,
      before: existing
        ? { value: existing.value, basis: existing.basis, text: existing.text }
        : null,
      after: { value: row.value, basis: row.basis, text: row.text },
    });
    return { created: !existing, period: formatPeriodIso(period) };
  });
}
