import { describe, expect, it } from 'vitest';
import { thrown } from '../test-support/thrown.js';
import { GWP_SETS, getGas, getGwpSet, gwpOf } from './gases.js';

describe('gases and GWP sets', () => {
  it('gives the IPCC values of each set', () => {
    expect(GWP_SETS.map((s) => gwpOf(getGwpSet(s, 'x'), 'CH4', 'x').toFixed())).toEqual([
      '25',
      '28',
      '27.9',
    ]);
    expect(GWP_SETS.map((s) => gwpOf(getGwpSet(s, 'x'), 'N2O', 'x').toFixed())).toEqual([
      '298',
      '265',
      '273',
    ]);
  });

  it('refuses an unknown gas, a missing GWP set and a family mass', () => {
    expect(thrown(() => getGas('CO', 'gas')).message).toMatch(/unknown gas "CO"/);
    expect(thrown(() => getGwpSet(undefined, 'gwpSet')).message).toMatch(/needs a GWP set/);
    expect(thrown(() => gwpOf('AR6', 'PFCs', 'gas')).message).toMatch(/family/);
  });
});
