import { beforeAll, expect, it } from 'vitest';
import { importCity } from '../city/import-city.js';
import { smallCity } from '../city/test-document.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { getPlanSummary } from './plan-summary.js';
import { recordResult, type RecordResultInput } from './record-result.js';

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
});
