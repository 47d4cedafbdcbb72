import type { Kysely } from 'kysely';
import type { PeriodInput, VerificationInput } from '../../contracts/api/credits.js';
import { creditProblem, parseTonnes } from '../../core/credits/quantity.js';
import { invalid } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { refusedByLedger } from './ledger-errors.js';
import { projectAt, sourceAt } from './projects.js';
import { issuedFromPeriod } from './issued.js';

/**
 * Records a monitoring period (監測期) of a project: its dates, the reduction its monitoring
 * report claims and, when known, the verified reduction. Refused: tonnes not above zero or not
 * numbers, an end before the start, a number the project has, dates overlapping another period.
 */
export async function recordPeriod(
  db: Kysely<Tables>,
  city: string,
  projectCode: string,
  period: PeriodInput,
  actor: string,
): Promise<void> {
  if (period.endsOn < period.startsOn) throw invalid('endsOn', 'ends before the period starts');
  const reported =
    period.reportedTonnes === null ? null : parseTonnes(period.reportedTonnes, 'reportedTonnes');
  const verified =
    period.verified === null ? null : parseTonnes(period.verified.tonnes, 'verified.tonnes');
  await refusedByLedger(() =>
    db.transaction().execute(async (trx) => {
      await projectAt(trx, city, projectCode, 'project');
      const periods = await selectCityRows(trx, 'credit_periods', city)
        .select(['no', 'starts_on', 'ends_on'])
        .where('project_code', '=', projectCode)
        .execute();
      if (periods.some((p) => p.no === period.no))
        throw invalid('no', `period ${period.no} of ${projectCode} is already recorded`);
      const overlapping = periods.find(
        (p) => p.starts_on <= period.endsOn && period.startsOn <= p.ends_on,
      );
      if (overlapping)
        throw creditProblem(
          'CONFLICT',
          'startsOn',
          'period_overlaps',
          `overlaps period ${overlapping.no} (${overlapping.starts_on}–${overlapping.ends_on})`,
          { period: overlapping.no },
        );
      if (period.source !== null) await sourceAt(trx, city, period.source, 'source');
      await trx
        .insertInto('credit_periods')
        .values({
          city_id: city,
          project_code: projectCode,
          no: period.no,
          starts_on: period.startsOn,
          ends_on: period.endsOn,
          reported_t: reported ? reported.toFixed() : null,
          verified_t: verified ? verified.toFixed() : null,
          verified_on: period.verified?.on ?? null,
          source_code: period.source,
          notes: JSON.stringify(period.notes),
        })
        .execute();
      await appendAudit(trx, {
        city,
        actor,
        action: 'credits.period_record',
        entity: 'credit_period',
        entityKey: `${projectCode}/${period.no}`,
        before: null,
        after: period,
      });
    }),
  );
}

/**
 * Records (or corrects) a period's verified reduction (查證). Refused below what the period has
 * already issued: issued credits stay covered by a verified tonne each.
 */
export async function verifyPeriod(
  db: Kysely<Tables>,
  city: string,
  projectCode: string,
  no: number,
  verification: VerificationInput,
  actor: string,
): Promise<void> {
  const tonnes = parseTonnes(verification.tonnes, 'tonnes');
  await refusedByLedger(() =>
    db.transaction().execute(async (trx) => {
      const before = await periodAt(trx, city, projectCode, no, true);
      const issued = await issuedFromPeriod(trx, city, projectCode, no);
      if (tonnes.floor().lessThan(issued))
        throw creditProblem(
          'CONFLICT',
          'tonnes',
          'below_issued',
          `${issued} credits were already issued from this period`,
          { issued },
        );
      await updateCityRows(trx, 'credit_periods', city)
        .set({ verified_t: tonnes.toFixed(), verified_on: verification.on })
        .where('project_code', '=', projectCode)
        .where('no', '=', no)
        .execute();
      await appendAudit(trx, {
        city,
        actor,
        action: 'credits.period_verify',
        entity: 'credit_period',
        entityKey: `${projectCode}/${no}`,
        before: { verifiedTonnes: before.verified_t, verifiedOn: before.verified_on },
        after: { verifiedTonnes: tonnes.toFixed(), verifiedOn: verification.on },
      });
    }),
  );
}

/** A period of a project, locked for the transaction when `lock` (an issue reads it so). */
export async function periodAt(
  trx: Kysely<Tables>,
  city: string,
  projectCode: string,
  no: number,
  lock: boolean,
) {
  await projectAt(trx, city, projectCode, 'project');
  const query = selectCityRows(trx, 'credit_periods', city)
    .select(['no', 'verified_t', 'verified_on'])
    .where('project_code', '=', projectCode)
    .where('no', '=', no);
  const row = await (lock ? query.forNoKeyUpdate() : query).executeTakeFirst();
  if (!row)
    throw creditProblem(
      'NOT_FOUND',
      'period',
      'unknown_period',
      `${projectCode} has no period ${no}`,
      {
        project: projectCode,
        period: no,
      },
    );
  return row;
}
