import { describe, expect, it } from 'vitest';
import { thrown } from '../test-support/thrown.js';
import { observationVersion, targetVersion } from './test-support/versions.js';
import { checkValueEntry, type IndicatorValueEntry } from './value.js';

const entry = (overrides: Partial<IndicatorValueEntry> = {}): IndicatorValueEntry => ({
  year: 2023,
  value: '46',
  unit: '處',
  highlight: '新增據點於偏鄉',
  explanation: null,
  ...overrides,
});

const check = (versions: Parameters<typeof checkValueEntry>[1], e: IndicatorValueEntry) =>
  checkValueEntry('x', versions, e, 'v');

describe('checkValueEntry', () => {
  const retired = [targetVersion({ validTo: 2023 })];

  it('judges a value against the version in force that year', () => {
    const history = [observationVersion({ validTo: 2022 }), targetVersion({ validFrom: 2023 })];
    expect(check(history, entry({ year: 2022 })).status).toBe('observed');
    expect(check(history, entry()).status).toBe('met');
  });

  it('refuses a value for a year after the indicator was retired, or before it existed', () => {
    const late = thrown(() => check(retired, entry({ year: 2024 })));
    expect([late.code, late.issues[0]?.path]).toEqual(['VALIDATION_FAILED', 'v.year']);
    expect(late.message).toContain('retired after 2023');
    expect(thrown(() => check(retired, entry({ year: 2019 }))).message).toContain(
      'no version of it is in force',
    );
  });

  it('refuses a unit of another dimension', () => {
    const mismatch = thrown(() => check(retired, entry({ unit: '人' })));
    expect([mismatch.code, mismatch.issues[0]?.path]).toEqual(['UNIT_MISMATCH', 'v.unit']);
  });

  it('requires a highlight with every value, and an explanation when the target is missed', () => {
    expect(thrown(() => check(retired, entry({ highlight: ' ' }))).issues[0]?.path).toBe(
      'v.highlight',
    );
    const missed = thrown(() => check(retired, entry({ value: '30' })));
    expect(missed.issues[0]?.path).toBe('v.explanation');
    expect(check(retired, entry({ value: '30', explanation: '據點招募延宕' })).status).toBe(
      'missed',
    );
  });
});
