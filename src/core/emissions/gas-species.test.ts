import { describe, expect, it } from 'vitest';
import { thrown } from '../test-support/thrown.js';
import { GAS_SPECIES, gasGwp, getSpecies, getSpeciesOf, speciesGwp } from './gas-species.js';
import { gwpOf, GWP_SETS } from './gases.js';

describe('gas species and their GWPs', () => {
  it('gives HFC-134a 1,430 (AR4), 1,300 (AR5) and 1,530 (AR6)', () => {
    const hfc134a = getSpeciesOf('HFCs', 'HFC-134a', 'species');
    expect(GWP_SETS.map((set) => speciesGwp(set, hfc134a).toFixed())).toEqual([
      '1430',
      '1300',
      '1530',
    ]);
  });

  it('holds the species Taiwan reports, each with a positive GWP in every set', () => {
    const codes = GAS_SPECIES.map((s) => s.code);
    for (const code of [
      'HFC-23',
      'HFC-32',
      'HFC-125',
      'HFC-134a',
      'HFC-143a',
      'HFC-152a',
      'HFC-227ea',
      'HFC-245fa',
      'HFC-365mfc',
      'CF4',
      'C2F6',
      'C3F8',
      'c-C4F8',
      'SF6',
      'NF3',
    ])
      expect(codes).toContain(code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of GAS_SPECIES)
      for (const set of GWP_SETS) expect(speciesGwp(set, s).isPositive()).toBe(true);
  });

  it('spot-checks the tables: HFC-23, CF4 and C2F6 in AR4, AR5 and AR6', () => {
    const row = (code: string) =>
      GWP_SETS.map((set) => speciesGwp(set, getSpecies(code, 'x')).toFixed()).join('/');
    expect(row('HFC-23')).toBe('14800/12400/14600');
    expect(row('CF4')).toBe('7390/6630/7380');
    expect(row('C2F6')).toBe('12200/11100/12400');
    expect(row('HFC-32')).toBe('675/677/771');
  });

  it('keeps SF₆ and NF₃ equal to the per-gas table', () => {
    for (const gas of ['SF6', 'NF3'] as const)
      for (const set of GWP_SETS)
        expect(speciesGwp(set, getSpeciesOf(gas, gas, 'x')).toFixed()).toBe(
          gwpOf(set, gas, 'x').toFixed(),
        );
  });

  it('reads an alias as its code: PFC-14 is CF4, R-134a is HFC-134a', () => {
    expect(getSpecies('PFC-14', 'x').code).toBe('CF4');
    expect(getSpecies('C₂F₆', 'x').code).toBe('C2F6');
    expect(getSpecies('R-134a', 'x').code).toBe('HFC-134a');
  });

  it('refuses an unknown species, one of another family, and a species of a single gas', () => {
    expect(thrown(() => getSpecies('HFC-134', 'e.species')).message).toMatch(
      /e\.species: unknown species "HFC-134"; the species with a GWP are HFCs HFC-23/,
    );
    expect(thrown(() => getSpeciesOf('PFCs', 'HFC-134a', 'e.species')).message).toMatch(
      /HFC-134a is one of the HFCs, not of the PFCs \(CF4, C2F6/,
    );
    expect(thrown(() => getSpeciesOf('CO2', 'CF4', 'e.species')).message).toMatch(
      /CO2 is a single gas with no species/,
    );
  });

  it('weighs a family only through a species', () => {
    expect(gasGwp('AR6', 'PFCs', 'CF4', 'e').toFixed()).toBe('7380');
    expect(gasGwp('AR5', 'CH4', undefined, 'e').toFixed()).toBe('28');
    const error = thrown(() => gasGwp('AR5', 'HFCs', null, 'inventory.entries[4]'));
    expect(error.issues).toEqual([
      {
        path: 'inventory.entries[4].species',
        message: expect.stringMatching(
          /a mass of HFCs needs its species \(e\.g\. HFC-134a\)/,
        ) as string,
      },
    ]);
  });
});
