import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal.js';
import { thrown } from '../test-support/thrown.js';
import { computeInventory } from './inventory.js';
import type { InventoryEntry } from './inventory-entry.js';
import { GWP_SETS, type GwpSet } from './gases.js';

const d = (v: string) => new Decimal(v);
const mass = (gas: 'CO2' | 'CH4' | 'N2O', kg: string): InventoryEntry => ({
  subsector: 'industry_manufacturing',
  scope: 1,
  method: 'gas_mass',
  gas,
  mass: { value: d(kg), unit: 'kg' },
});
/** The inventory of `entries`, weighed with AR5 unless said (the year changes no sum). */
const inventoryOf = (entries: InventoryEntry[], gwpSet: GwpSet = 'AR5') =>
  computeInventory({ year: 2023, gwpSet, entries });
const threeGases = (gwpSet: GwpSet) =>
  inventoryOf([mass('CO2', '1000'), mass('CH4', '10'), mass('N2O', '1')], gwpSet);

describe('computeInventory', () => {
  it('weighs CO₂ 1,000 kg + CH₄ 10 kg + N₂O 1 kg as 1,545 kg CO₂e under AR5 and 1,552 kg under AR6', () => {
    expect(threeGases('AR5').grossT.times(1000).toFixed()).toBe('1545');
    expect(threeGases('AR6').grossT.times(1000).toFixed()).toBe('1552');
    expect(threeGases('AR4').grossT.times(1000).toFixed()).toBe('1548');
  });

  it('computes activity × per-gas factor × GWP, and CO₂e factors directly', () => {
    const totals = inventoryOf([
      {
        subsector: 'waste_wastewater',
        scope: 1,
        method: 'computed',
        activity: { value: d('2'), unit: 't' },
        factor: { code: 'ww-ch4', version: '1', value: d('0.5'), unit: 'kg/kg', gas: 'CH4' },
      },
      {
        subsector: 'residential',
        scope: 2,
        method: 'computed',
        activity: { value: d('10'), unit: '萬度' },
        factor: {
          code: 'tw-electricity',
          version: '2023',
          value: d('0.494'),
          unit: 'kgCO2e/kWh',
          gas: null,
        },
      },
    ]);
    // 2 t × 0.5 kg/kg = 1,000 kg CH₄ × 28 = 28 t; 100,000 kWh × 0.494 = 49.4 t
    expect(totals.bySector.waste.toFixed()).toBe('28');
    expect(totals.bySector.residential_commercial.toFixed()).toBe('49.4');
    expect(totals.byScope[2].toFixed()).toBe('49.4');
    expect(totals.entries.map((e) => e.gpc)).toEqual(['III.4.1', 'I.1.2']);
  });

  it('keeps sinks apart: net = gross + sinks, and notation keys count as unknown, not zero', () => {
    const totals = inventoryOf([
      { subsector: 'transport_road', scope: 1, method: 'reported', valueT: d('700') },
      { subsector: 'sinks_land', scope: 1, method: 'reported', valueT: d('-120.5') },
      {
        subsector: 'agriculture_livestock',
        scope: 1,
        method: 'notation',
        key: 'NE',
        explanation: '無活動數據',
      },
    ]);
    expect([totals.grossT, totals.sinksT, totals.netT].map((v) => v.toFixed())).toEqual([
      '700',
      '-120.5',
      '579.5',
    ]);
    expect(totals.entries[2]?.tonnesCO2e).toBeNull();
  });

  it('refuses bad entries, naming each one', () => {
    const error = thrown(() =>
      inventoryOf([
        { subsector: 'transport_road', scope: 1, method: 'reported', valueT: d('-1') },
        { subsector: 'residential', scope: 1, method: 'notation', key: 'IE', explanation: ' ' },
        {
          subsector: 'industry_manufacturing',
          scope: 1,
          method: 'gas_mass',
          gas: 'HFCs',
          mass: { value: d('1'), unit: 'kg' },
        },
        { subsector: 'ippu_processes', scope: 2, method: 'reported', valueT: d('1') },
      ]),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      'inventory.entries[0].valueT',
      'inventory.entries[1].explanation',
      // an HFC mass without its species: the field to fill is the species
      'inventory.entries[2].species',
      'inventory.entries[3].scope',
    ]);
  });

  it('refuses a factor whose unit does not give a mass of the gas', () => {
    const error = thrown(() =>
      inventoryOf([
        {
          subsector: 'residential',
          scope: 1,
          method: 'computed',
          activity: { value: d('1'), unit: 'kWh' },
          factor: { code: 'bad', version: '1', value: d('1'), unit: 'kgCO2e/kWh', gas: 'CH4' },
        },
      ]),
    );
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.issues[0]?.message).toMatch(/not a mass of CH4/);
  });

  it('weighs 1 kg of HFC-134a as 1,430 kg CO₂e (AR4), 1,300 (AR5) and 1,530 (AR6)', () => {
    const hfc = (gwpSet: GwpSet) =>
      inventoryOf(
        [
          {
            subsector: 'ippu_product_use',
            scope: 1,
            method: 'gas_mass',
            gas: 'HFCs',
            species: 'HFC-134a',
            mass: { value: d('1'), unit: 'kg' },
          },
        ],
        gwpSet,
      );
    expect(GWP_SETS.map((s) => hfc(s).grossT.times(1000).toFixed())).toEqual([
      '1430',
      '1300',
      '1530',
    ]);
    expect(hfc('AR6').entries[0]).toMatchObject({ gas: 'HFCs', species: 'HFC-134a' });
  });

  it('weighs a computed family factor by the species the entry names, alias read as code', () => {
    const totals = inventoryOf([
      {
        subsector: 'ippu_processes',
        scope: 1,
        method: 'computed',
        species: 'PFC-14',
        activity: { value: d('2'), unit: 't' },
        factor: { code: 'etch-pfc', version: '1', value: d('0.5'), unit: 'kg/t', gas: 'PFCs' },
      },
    ]);
    // 2 t × 0.5 kg/t = 1 kg CF₄ × 6,630 = 6.63 t
    expect(totals.grossT.toFixed()).toBe('6.63');
    expect(totals.entries[0]).toMatchObject({ gas: 'PFCs', species: 'CF4' });
  });

  it('refuses a species that is unknown, of another family, without its gas, or on a CO₂e factor', () => {
    const base = { subsector: 'ippu_product_use', scope: 1 as const };
    const error = thrown(() =>
      inventoryOf([
        {
          ...base,
          method: 'gas_mass',
          gas: 'HFCs',
          species: 'HFC-999',
          mass: { value: d('1'), unit: 'kg' },
        },
        {
          ...base,
          method: 'gas_mass',
          gas: 'PFCs',
          species: 'HFC-32',
          mass: { value: d('1'), unit: 'kg' },
        },
        { ...base, method: 'reported', valueT: d('2'), species: 'HFC-32' },
        {
          ...base,
          subsector: 'residential',
          method: 'computed',
          species: 'HFC-32',
          activity: { value: d('1'), unit: 'kWh' },
          factor: { code: 'e', version: '1', value: d('0.5'), unit: 'kgCO2e/kWh', gas: null },
        },
        // A family figure already in CO₂e needs no species.
        { ...base, method: 'reported', valueT: d('2'), gas: 'PFCs' },
      ]),
    );
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      expect.stringMatching(/^inventory\.entries\[0\]\.species: unknown species "HFC-999"/),
      expect.stringMatching(
        /^inventory\.entries\[1\]\.species: HFC-32 is one of the HFCs, not of the PFCs/,
      ),
      expect.stringMatching(/^inventory\.entries\[2\]\.gas: species HFC-32 needs the gas/),
      expect.stringMatching(/^inventory\.entries\[3\]\.species: factor e gives CO2e/),
    ]);
  });
});
