import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal.js';
import { thrown } from '../test-support/thrown.js';
import { computeInventory } from './inventory.js';
import type { InventoryEntry } from './inventory-entry.js';
import type { GwpSet } from './gases.js';

const d = (v: string) => new Decimal(v);
const mass = (gas: 'CO2' | 'CH4' | 'N2O', kg: string): InventoryEntry => ({
  subsector: 'industry_manufacturing',
  scope: 1,
  method: 'gas_mass',
  gas,
  mass: { value: d(kg), unit: 'kg' },
});
const threeGases = (gwpSet: GwpSet) => ({
  year: 2021,
  gwpSet,
  entries: [mass('CO2', '1000'), mass('CH4', '10'), mass('N2O', '1')],
});

describe('computeInventory', () => {
  it('weighs CO₂ 1,000 kg + CH₄ 10 kg + N₂O 1 kg as 1,545 kg CO₂e under AR5 and 1,552 kg under AR6', () => {
    expect(computeInventory(threeGases('AR5')).grossT.times(1000).toFixed()).toBe('1545');
    expect(computeInventory(threeGases('AR6')).grossT.times(1000).toFixed()).toBe('1552');
    expect(computeInventory(threeGases('AR4')).grossT.times(1000).toFixed()).toBe('1548');
  });

  it('computes activity × per-gas factor × GWP, and CO₂e factors directly', () => {
    const totals = computeInventory({
      year: 2023,
      gwpSet: 'AR5',
      entries: [
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
      ],
    });
    // 2 t × 0.5 kg/kg = 1,000 kg CH₄ × 28 = 28 t; 100,000 kWh × 0.494 = 49.4 t
    expect(totals.bySector.waste.toFixed()).toBe('28');
    expect(totals.bySector.residential_commercial.toFixed()).toBe('49.4');
    expect(totals.byScope[2].toFixed()).toBe('49.4');
    expect(totals.entries.map((e) => e.gpc)).toEqual(['III.4.1', 'I.1.2']);
  });

  it('keeps sinks apart: net = gross + sinks, and notation keys count as unknown, not zero', () => {
    const totals = computeInventory({
      year: 2021,
      gwpSet: 'AR5',
      entries: [
        { subsector: 'transport_road', scope: 1, method: 'reported', valueT: d('700') },
        { subsector: 'sinks_land', scope: 1, method: 'reported', valueT: d('-120.5') },
        {
          subsector: 'agriculture_livestock',
          scope: 1,
          method: 'notation',
          key: 'NE',
          explanation: '無活動數據',
        },
      ],
    });
    expect([totals.grossT, totals.sinksT, totals.netT].map((v) => v.toFixed())).toEqual([
      '700',
      '-120.5',
      '579.5',
    ]);
    expect(totals.entries[2]?.tonnesCO2e).toBeNull();
  });

  it('refuses bad entries, naming each one', () => {
    const error = thrown(() =>
      computeInventory({
        year: 2021,
        gwpSet: 'AR5',
        entries: [
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
        ],
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      'inventory.entries[0].valueT',
      'inventory.entries[1].explanation',
      'inventory.entries[2].gas',
      'inventory.entries[3].scope',
    ]);
  });

  it('refuses a factor whose unit does not give a mass of the gas', () => {
    const error = thrown(() =>
      computeInventory({
        year: 2021,
        gwpSet: 'AR5',
        entries: [
          {
            subsector: 'residential',
            scope: 1,
            method: 'computed',
            activity: { value: d('1'), unit: 'kWh' },
            factor: { code: 'bad', version: '1', value: d('1'), unit: 'kgCO2e/kWh', gas: 'CH4' },
          },
        ],
      }),
    );
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.issues[0]?.message).toMatch(/not a mass of CH4/);
  });
});
