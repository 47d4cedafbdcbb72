import { beforeAll, expect, it } from 'vitest';
import { importCity } from '../city/import-city.js';
import { smallCity } from '../city/test-document.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { getPlanSummary } from './plan-summary.js';
import { recordResult, type RecordResultInput } from './record-result.js';
import { auditEntries } from '../test-support/audit-entries.js';

const figure: RecordResultInput = {
  city: 'testville',
  plan: 'p1',
  sector: 'energy',
  no: 1,
  period: '112年10月',
  value: '100000',
  basis: 'increment',
};

describeEachDatabase('recordResult', (getDb) => {
  beforeAll(async () => {
    await importCity(getDb().db, smallCity());
  });

  const resultsOf = () =>
    getDb()
      .db.selectFrom('results')
      .select(['period_start', 'period_end', 'value', 'version'])
      .where('city_id', '=', 'testville')
      .orderBy('period_start')
      .execute();

  it('records a figure, which the summary then counts', async () => {
    expect(await recordResult(getDb().db, figure)).toEqual({
      created: true,
      period: '2023-10-01/2023-10-31',
    });
    const summary = await getPlanSummary(getDb().db, 'testville', 'p1', '2023-10-31');
    expect(summary.measures[0]?.indicators[0]?.actual?.toFixed()).toBe('700000');
  });

  it('replaces the figure of the same period and counts its versions', async () => {
    expect(await recordResult(getDb().db, { ...figure, value: '120000' })).toMatchObject({
      created: false,
    });
    expect((await resultsOf()).at(-1)).toEqual({
      period_start: '2023-10-01',
      period_end: '2023-10-31',
      value: '120000',
      version: 2,
    });
  });

  it.each([
    ['a measure that does not exist', { no: 9 }, 'NOT_FOUND', 'measure'],
    ['an indicator the measure does not have', { indicator: 'nope' }, 'NOT_FOUND', 'indicator'],
    ['an impossible ROC date', { period: '112年2月30日' }, 'VALIDATION_FAILED', 'period'],
    ['a negative count of kWh', { value: '-1' }, 'VALIDATION_FAILED', 'value'],
    ['a value that is not a number', { value: '1,000' }, 'VALIDATION_FAILED', 'value'],
    [
      'an increment overlapping one already recorded',
      { period: '112年9-10月' },
      'VALIDATION_FAILED',
      'period',
    ],
  ] as const)('refuses %s, naming it, and writes nothing', async (_name, change, code, path) => {
    const before = await resultsOf();
    const refused = recordResult(getDb().db, { ...figure, period: '112年11月', ...change });
    await expect(refused).rejects.toMatchObject({ code, issues: [{ path }] });
    expect(await resultsOf()).toEqual(before);
  });

  it('lets one of several concurrent overlapping increments in and refuses the others', async () => {
    // Each writer checks for overlaps before inserting; without a lock, two transactions both
    // see none and both insert, and the shared days are counted twice. Every period here
    // contains 113年3月, so exactly one may be recorded.
    const periods = ['3', '3-4', '2-3', '1-3', '3-5', '3-6', '2-4', '1-4'].map(
      (m) => `113年${m}月`,
    );
    const outcomes = await Promise.allSettled(
      periods.map((period) => recordResult(getDb().db, { ...figure, period })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toMatchObject({
          code: 'VALIDATION_FAILED',
          issues: [{ path: 'period' }],
        });
      }
    }
    const in113 = (await resultsOf()).filter((r) => r.period_start >= '2024-01-01');
    expect(in113).toHaveLength(1);
  });

  it('records one row when the same new period is sent twice at once', async () => {
    const outcomes = await Promise.all(
      [1, 2].map(() => recordResult(getDb().db, { ...figure, period: '113年8月', value: '5' })),
    );
    expect(outcomes.map((o) => o.created).sort()).toEqual([false, true]);
    const august = (await resultsOf()).filter((r) => r.period_start === '2024-08-01');
    expect(august).toEqual([
      { period_start: '2024-08-01', period_end: '2024-08-31', value: '5', version: 2 },
    ]);
  });

  it('audits each figure it records: who, which figure, the value before and after', async () => {
    await recordResult(getDb().db, {
      ...figure,
      period: '114年11月',
      value: '5',
      actor: 'cli:ops',
    });
    await recordResult(getDb().db, {
      ...figure,
      period: '114年11月',
      value: '6',
      actor: 'cli:ops',
    });
    const entries = await auditEntries(getDb().db, 'testville', 'result.record');
    expect(entries.slice(-2)).toEqual([
      {
        actor: 'cli:ops',
        entity_key: 'p1/energy/1/saved/2025-11-01/2025-11-30',
        before: null,
        after: { value: '5', basis: 'increment', text: null },
      },
      {
        actor: 'cli:ops',
        entity_key: 'p1/energy/1/saved/2025-11-01/2025-11-30',
        before: { value: '5', basis: 'increment', text: null },
        after: { value: '6', basis: 'increment', text: null },
      },
    ]);
  });
});
