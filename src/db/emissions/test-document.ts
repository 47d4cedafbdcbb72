import type { CityDocumentInput } from '../../contracts/city-document.js';
import { smallCity } from '../city/test-document.js';

/**
 * The small test city with every emissions section: an inventory of three gases (CO₂ 1,000 kg,
 * CH₄ 10 kg, N₂O 1 kg, so 1,545 kg CO₂e under AR5), a computed scope-2 entry, a sink and a
 * notation key; targets; a budget with allocations and history; a money budget.
 */
export function emissionsCity(): CityDocumentInput &
  Required<Pick<CityDocumentInput, 'inventories'>> {
  const doc = smallCity();
  return {
    ...doc,
    emissionFigures: [{ year: 2005, basis: 'net', valueT: '1000', source: 'report' }],
    emissionFactors: [
      ...(doc.emissionFactors ?? []),
      {
        code: 'ww-ch4',
        version: '1',
        name: '污水甲烷',
        value: '0.002',
        unit: 'kg/m3',
        gas: 'CH4',
        year: 2023,
      },
    ],
    inventories: [
      {
        year: 2023,
        gwpSet: 'AR5',
        status: 'published',
        source: 'report',
        entries: [
          {
            subsector: 'industry_manufacturing',
            scope: 1,
            method: 'gas_mass',
            gas: 'CO2',
            mass: '1000',
            massUnit: '公斤',
          },
          {
            subsector: 'industry_manufacturing',
            scope: 1,
            method: 'gas_mass',
            gas: 'CH4',
            mass: '10',
            massUnit: 'kg',
          },
          {
            subsector: 'industry_manufacturing',
            scope: 1,
            method: 'gas_mass',
            gas: 'N2O',
            mass: '1',
            massUnit: 'kg',
          },
          {
            subsector: 'residential',
            scope: 2,
            method: 'computed',
            activity: '1000',
            activityUnit: '度',
            factor: { code: 'tw-electricity', version: '2023' },
          },
          {
            subsector: 'waste_wastewater',
            scope: 1,
            method: 'computed',
            activity: '500',
            activityUnit: 'm3',
            factor: { code: 'ww-ch4', version: '1' },
          },
          {
            subsector: 'sinks_land',
            scope: 1,
            method: 'reported',
            valueT: '-0.5',
            notes: ['都市林'],
          },
          {
            subsector: 'agriculture_livestock',
            scope: 1,
            method: 'notation',
            key: 'NO',
            explanation: '市內無畜牧',
          },
        ],
      },
    ],
    emissionTargets: [
      { year: 2030, kind: 'reduction', baseYear: 2005, reductionPercent: '30', source: 'report' },
      { year: 2050, kind: 'net_zero' },
    ],
    pathwayPoints: [{ year: 2040, valueT: '300' }],
    carbonBudgets: [
      {
        code: 'b2025',
        startYear: 2025,
        endYear: 2026,
        capT: '1500',
        status: 'committee_reviewed',
        allocations: [
          { sector: 'industry', capT: '1000' },
          { sector: 'residential_commercial', capT: '500' },
        ],
        history: [
          { from: 'draft', to: 'committee_reviewed', by: '推動會', at: '2025-03-01T02:00:00.000Z' },
        ],
      },
    ],
    moneyBudgets: [
      {
        code: 'm2024',
        name: '淨零預算',
        year: 2024,
        totalNtd: '1000000',
        items: [
          {
            domain: 'transport',
            year: 2024,
            amountNtd: '600000',
            agency: 'epb',
            measures: [{ plan: 'p1', sector: 'energy', no: 1 }],
          },
          { domain: 'green_living', year: 2024, amountNtd: null, amountNote: '來源未給金額' },
        ],
      },
    ],
  };
}

/** list[i], failing the test when it is missing (tests index the fixture's known rows). */
export function at<T>(list: readonly T[] | undefined, i: number): T {
  const item = list?.[i];
  if (item === undefined) throw new Error(`fixture has no row ${i}`);
  return item;
}
