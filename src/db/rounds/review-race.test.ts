import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../city/seed-dataset.js';
import { recordResult } from '../plans/record-result.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { reviewSubmission } from './review.js';
import {
  getSubmission,
  saveSubmission,
  submitSubmission,
  type SubmissionKey,
} from './submissions.js';
import { openKaohsiungQ4Round } from '../test-support/rounds.js';

/**
 * Approving a submission publishes its figures after checking them against those already
 * published; `netzero result add` does the same check. Run at the same moment for overlapping
 * periods, each must see the other's write, or the shared days are counted twice.
 */
describeEachDatabase('approving while a figure is recorded', (getDb) => {
  let key: SubmissionKey;
  let indicator = '';

  beforeAll(async () => {
    const db = getDb().db;
    await seedDataset(db, 'kaohsiung');
    const round = await openKaohsiungQ4Round(db);
    key = { city: 'kaohsiung', roundId: round.id, sector: 'transport', no: 1 };
    const detail = await getSubmission(db, key);
    indicator = detail.indicators[0]?.key ?? '';
    const saved = await saveSubmission(
      db,
      key,
      {
        version: detail.version,
        figures: [{ indicator, value: '300', basis: 'increment' }],
        qualitativeText: '第 4 季汰換 300 輛。',
        laggingExplanation: null,
      },
      'clerk',
    );
    await submitSubmission(db, key, saved.version, 'clerk');
  });

  it('lets exactly one of an approval and an overlapping increment in', async () => {
    const db = getDb().db;
    const submitted = await getSubmission(db, key);
    const outcomes = await Promise.allSettled([
      reviewSubmission(db, key, { decision: 'approve', version: submitted.version }, 'sec'),
      recordResult(db, {
        city: 'kaohsiung',
        plan: 'phase2',
        sector: 'transport',
        no: 1,
        indicator,
        period: '112年11月',
        value: '100',
        basis: 'increment',
      }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected');
    expect(rejected?.reason).toMatchObject({ code: 'VALIDATION_FAILED' });
    const late2023 = await db
      .selectFrom('results')
      .innerJoin('indicators', (j) =>
        j
          .onRef('indicators.city_id', '=', 'results.city_id')
          .onRef('indicators.id', '=', 'results.indicator_id'),
      )
      .select(['results.period_start', 'results.period_end'])
      .where('results.city_id', '=', 'kaohsiung')
      .where('indicators.key', '=', indicator)
      .where('results.period_start', '>=', '2023-10-01')
      .execute();
    expect(late2023).toHaveLength(1);
  });
});
