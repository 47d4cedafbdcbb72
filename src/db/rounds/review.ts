import type { Kysely } from 'kysely';
import type { ReviewRequest } from '../../contracts/api/review.js';
import type { SubmissionDetail } from '../../contracts/api/submissions.js';
import { NetZeroError } from '../../core/errors.js';
import { nextInList } from '../city/rows.js';
import type { Tables } from '../tables.js';
import { figureIssues } from '../../core/submissions/check-figures.js';
import { roundPeriod } from '../../core/submissions/round-figures.js';
import { loadSubmissionContext, type SubmissionContext } from './submission-context.js';
import {
  presentAudited,
  presentSubmission,
  transition,
  type SubmissionKey,
} from './submissions.js';
import { deleteCityRows, onSameCity, selectCityRows, updateCityRows } from '../city-scope.js';

/**
 * The secretariat's decision on a submitted measure. Approving publishes in the same
 * transaction: the figures go into `results` (what the public summary reads), the qualitative
 * text into `qualitative_results` and the explanation into `lagging_explanations`, each
 * replacing the round period's earlier entry. Returning sends it back with the comment.
 */
export async function reviewSubmission(
  db: Kysely<Tables>,
  key: SubmissionKey,
  decision: ReviewRequest,
  actor: string,
): Promise<SubmissionDetail> {
  return db.transaction().execute(async (trx) => {
    // Approving checks the figures against those published, then publishes them; recordResult
    // does the same under the same lock, so each sees the other's write (review-race.test.ts).
    if (decision.decision === 'approve') await lockIndicators(trx, key);
    const ctx = await loadSubmissionContext(trx, key.city, key.roundId, key.sector, key.no);
    const before = await presentSubmission(trx, ctx);
    if (before.version !== decision.version)
      throw new NetZeroError(
        'CONFLICT',
        `the submission changed (now version ${before.version}); reload and retry`,
        [{ path: 'version', message: 'stale' }],
      );
    if (before.state !== 'submitted')
      throw new NetZeroError(
        'CONFLICT',
        `only a submitted measure can be reviewed; this one is ${before.state}`,
        [{ path: 'state', message: before.state }],
      );
    if (decision.decision === 'return') {
      await transition(trx, ctx, decision.version, 'returned', actor, {
        review_comment: decision.comment,
      });
    } else {
      // Published figures may have changed since submission (another round, the CLI).
      const issues = figureIssues(ctx, before.figures, true);
      if (issues.length > 0)
        throw new NetZeroError(
          'VALIDATION_FAILED',
          `cannot publish: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          issues,
        );
      await publish(trx, ctx, before);
      await transition(trx, ctx, decision.version, 'approved', actor, {
        review_comment: decision.comment ?? null,
      });
    }
    const action = decision.decision === 'approve' ? 'submission.approve' : 'submission.return';
    return presentAudited(trx, ctx, key, actor, action, before);
  });
}

async function publish(
  trx: Kysely<Tables>,
  ctx: SubmissionContext,
  submission: SubmissionDetail,
): Promise<void> {
  const period = roundPeriod(ctx);
  const city = ctx.city;
  for (const figure of submission.figures) {
    const indicator = ctx.indicators.find((i) => i.key === figure.indicator);
    if (!indicator) continue;
    const existing = indicator.results.find(
      (r) => r.periodStart === period.start && r.periodEnd === period.end,
    );
    if (existing) {
      await updateCityRows(trx, 'results', city)
        .set((eb) => ({ value: figure.value, basis: figure.basis, version: eb('version', '+', 1) }))
        .where('id', '=', existing.id)
        .execute();
    } else {
      const ofIndicator = selectCityRows(trx, 'results', city).where(
        'indicator_id',
        '=',
        indicator.id,
      );
      await trx
        .insertInto('results')
        .values({
          city_id: city,
          indicator_id: indicator.id,
          position: await nextInList(ofIndicator, 'position', 0),
          period_start: period.start,
          period_end: period.end,
          value: figure.value,
          basis: figure.basis,
          text: null,
        })
        .execute();
    }
  }
  await deleteCityRows(trx, 'qualitative_results', city)
    .where('measure_id', '=', ctx.measure.id)
    .where('period_start', '=', period.start)
    .where('period_end', '=', period.end)
    .execute();
  await trx
    .insertInto('qualitative_results')
    .values({
      city_id: city,
      measure_id: ctx.measure.id,
      position: await nextPosition(trx, 'qualitative_results', city, ctx.measure.id),
      period_start: period.start,
      period_end: period.end,
      text: submission.qualitativeText,
    })
    .execute();
  await deleteCityRows(trx, 'lagging_explanations', city)
    .where('measure_id', '=', ctx.measure.id)
    .where('as_of', '=', period.end)
    .where('indicator_id', 'is', null)
    .execute();
  const explanation = submission.laggingExplanation?.trim();
  if (explanation)
    await trx
      .insertInto('lagging_explanations')
      .values({
        city_id: city,
        measure_id: ctx.measure.id,
        indicator_id: null,
        position: await nextPosition(trx, 'lagging_explanations', city, ctx.measure.id),
        as_of: period.end,
        text: explanation,
      })
      .execute();
}

async function nextPosition(
  trx: Kysely<Tables>,
  table: 'qualitative_results' | 'lagging_explanations',
  city: string,
  measureId: number,
): Promise<number> {
  const ofMeasure = selectCityRows(trx, table, city).where('measure_id', '=', measureId);
  return nextInList(ofMeasure, 'position', 0);
}

/** Locks the measure's indicator rows (only those: the round and measure rows stay free). */
async function lockIndicators(trx: Kysely<Tables>, key: SubmissionKey): Promise<void> {
  await selectCityRows(trx, 'indicators', key.city)
    .select('id')
    .where('measure_id', '=', (eb) =>
      eb
        .selectFrom('measures')
        .innerJoin('reporting_rounds', (j) =>
          onSameCity(j, ['reporting_rounds.plan_code', 'measures.plan_code']),
        )
        .select('measures.id')
        .where('measures.city_id', '=', key.city)
        .where('reporting_rounds.id', '=', key.roundId)
        .where('measures.sector_code', '=', key.sector)
        .where('measures.no', '=', key.no),
    )
    .forUpdate()
    .execute();
}
