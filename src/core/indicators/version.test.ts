import { describe, expect, it } from 'vitest';
import { thrown } from '../test-support/thrown.js';
import { observationVersion, targetVersion } from './test-support/versions.js';
import { checkHistory, versionInForce, versionProblems } from './version.js';

const paths = (issues: readonly { path: string }[]) => issues.map((x) => x.path);

describe('versionProblems', () => {
  it('accepts a target-type version with a direction and targets, and an observation-type one', () => {
    expect(versionProblems(targetVersion(), 'v')).toEqual([]);
    expect(versionProblems(observationVersion(), 'v')).toEqual([]);
  });

  it('refuses a target-type version without a direction or without targets', () => {
    expect(paths(versionProblems(targetVersion({ direction: null }), 'v'))).toEqual([
      'v.direction',
    ]);
    expect(paths(versionProblems(targetVersion({ targets: [] }), 'v'))).toEqual(['v.targets']);
  });

  it('accepts targets said to be unknown, but not both unknown and listed', () => {
    expect(versionProblems(targetVersion({ targets: [], targetsUnknown: true }), 'v')).toEqual([]);
    expect(paths(versionProblems(targetVersion({ targetsUnknown: true }), 'v'))).toEqual([
      'v.targetsUnknown',
    ]);
  });

  it('refuses a direction or targets on an observation-type version', () => {
    expect(paths(versionProblems(observationVersion({ direction: 'higher' }), 'v'))).toEqual([
      'v.direction',
    ]);
    expect(paths(versionProblems(observationVersion({ targetsUnknown: true }), 'v'))).toEqual([
      'v.targets',
    ]);
  });

  it('refuses targets outside the years in force, twice in a year, negative, and unknown units', () => {
    const version = targetVersion({
      validTo: 2022,
      targets: [
        { year: 2022, value: '1' },
        { year: 2022, value: '2' },
        { year: 2023, value: '3' },
        { year: 2021, value: '-1' },
      ],
    });
    expect(paths(versionProblems(version, 'v'))).toEqual([
      'v.targets[1]',
      'v.targets[2]',
      'v.targets[3].value',
    ]);
    expect(paths(versionProblems(observationVersion({ unit: 'furlongs' }), 'v'))).toEqual([
      'v.unit',
    ]);
    expect(paths(versionProblems(observationVersion({ validTo: 2019 }), 'v'))).toEqual([
      'v.validTo',
    ]);
  });
});

describe('checkHistory and versionInForce', () => {
  const first = observationVersion({ validFrom: 2020, validTo: 2022 });
  const second = targetVersion({ validFrom: 2023, targets: [{ year: 2023, value: '45' }] });

  it('finds the version in force each year, none before the first or in a gap', () => {
    const retiredThenBack = [
      first,
      { ...second, validFrom: 2025, targets: [], targetsUnknown: true },
    ];
    expect(versionInForce([first, second], 2022)).toBe(first);
    expect(versionInForce([first, second], 2030)).toBe(second);
    expect(versionInForce([first, second], 2019)).toBeUndefined();
    expect(versionInForce(retiredThenBack, 2024)).toBeUndefined();
    expect(() => checkHistory(retiredThenBack, 'i')).not.toThrow();
  });

  it('refuses overlapping versions and an open-ended version followed by another', () => {
    const overlapping = thrown(() => checkHistory([{ ...first, validTo: 2023 }, second], 'i'));
    expect(paths(overlapping.issues)).toEqual(['i.versions[1].validFrom']);
    const open = thrown(() => checkHistory([{ ...first, validTo: null }, second], 'i'));
    expect(open.message).toContain('open-ended');
    expect(paths(thrown(() => checkHistory([], 'i')).issues)).toEqual(['i.versions']);
  });
});
