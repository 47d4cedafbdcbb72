import { describe, expect, it } from 'vitest';
import { thrown } from '../test-support/thrown.js';
import { compareTargetCodes, sdgLinks } from './sdg.js';
import { twoGoals } from './test-support/versions.js';

describe('sdgLinks', () => {
  it('ties goals as a whole and each target with its goal, in the order given', () => {
    expect(sdgLinks([3, 11], ['11.b', '11.2'], twoGoals, 'v')).toEqual([
      { goal: 3, target: null },
      { goal: 11, target: null },
      { goal: 11, target: '11.b' },
      { goal: 11, target: '11.2' },
    ]);
  });

  it('refuses a goal or target named twice', () => {
    const error = thrown(() => sdgLinks([3, 3], ['3.6', '3.6'], twoGoals, 'v'));
    expect(error.issues.map((x) => x.path)).toEqual(['v.sdgGoals[1]', 'v.sdgTargets[1]']);
  });

  it('refuses a target code or goal that does not exist, naming each', () => {
    const error = thrown(() => sdgLinks([18], ['3.7', '11.2', '7.2'], twoGoals, 'v'));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((x) => x.path)).toEqual([
      'v.sdgGoals[0]',
      'v.sdgTargets[0]',
      'v.sdgTargets[2]',
    ]);
    expect(error.message).toContain('SDG target 3.7 does not exist');
  });

  it('orders target codes as the UN numbers them: 11.2, 11.10, 11.b', () => {
    expect(['11.b', '11.10', '11.2'].sort(compareTargetCodes)).toEqual(['11.2', '11.10', '11.b']);
  });
});
