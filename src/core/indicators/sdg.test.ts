import { describe, expect, it } from 'vitest';
import { thrown } from '../test-support/thrown.js';
import { compareTargetCodes, sdgLinks } from './sdg.js';
import { twoGoals } from './test-support/versions.js';

describe('sdgLinks', () => {
  it('ties each target with its goal, and a goal named alone as a whole', () => {
    expect(sdgLinks([3, 11], ['11.b', '11.2'], twoGoals, 'v')).toEqual([
      { goal: 3, target: null },
      { goal: 11, target: '11.2' },
      { goal: 11, target: '11.b' },
    ]);
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
