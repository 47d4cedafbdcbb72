import { describe, expect, it } from 'vitest';
import { judgeYear } from './status.js';
import { observationVersion, targetVersion } from './test-support/versions.js';

describe('judgeYear', () => {
  it('marks a higher-is-better year met when the value reaches the target, equal included', () => {
    expect(judgeYear(targetVersion(), 2023, { value: '45', unit: '處' })).toEqual({
      year: 2023,
      status: 'met',
      reason: 'at_or_above_target',
      value: '45',
      target: '45',
      unit: '處',
    });
  });

  it('marks a higher-is-better year missed below its target', () => {
    const judged = judgeYear(targetVersion(), 2023, { value: '44.9', unit: '處' });
    expect([judged.status, judged.reason]).toEqual(['missed', 'below_target']);
  });

  it('judges a lower-is-better indicator the other way round', () => {
    const deaths = targetVersion({
      direction: 'lower',
      unit: '人',
      targets: [{ year: 2022, value: '100' }],
    });
    expect(judgeYear(deaths, 2022, { value: '100', unit: '人' }).status).toBe('met');
    expect(judgeYear(deaths, 2022, { value: '101', unit: '人' })).toMatchObject({
      status: 'missed',
      reason: 'above_target',
    });
  });

  it('compares across units of one dimension, in the version unit', () => {
    const trips = targetVersion({ unit: '萬人次', targets: [{ year: 2022, value: '1200' }] });
    expect(judgeYear(trips, 2022, { value: '12000000', unit: '人次' })).toMatchObject({
      status: 'met',
      value: '1200',
    });
  });

  it('says 無資料 for a year without a value, and for a year without a target', () => {
    expect(judgeYear(targetVersion(), 2023, undefined)).toMatchObject({
      status: 'no_data',
      reason: 'no_value',
    });
    expect(judgeYear(targetVersion(), 2021, { value: '1', unit: '處' })).toMatchObject({
      status: 'no_data',
      reason: 'no_target',
      value: '1',
      target: null,
    });
  });

  it('never judges an observation-type indicator, whatever its value', () => {
    expect(judgeYear(observationVersion(), 2023, { value: '0', unit: '處' })).toMatchObject({
      status: 'observed',
      reason: 'observation_type',
      target: null,
    });
  });
});
