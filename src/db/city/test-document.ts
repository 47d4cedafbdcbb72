import type { CityDocumentInput } from '../../contracts/city-document.js';

/**
 * A small, valid city document for tests: one plan, two measures, a computed reduction. Tests
 * copy it and break one field at a time.
 */
export function smallCity(): CityDocumentInput {
  return {
    format: 'netzero-city/1',
    city: { code: 'testville', name: '測試市' },
    sources: [{ code: 'report', title: '成果報告', kind: 'report' }],
    agencies: [{ code: 'epb', name: '環保局' }],
    emissionFactors: [
      {
        code: 'tw-electricity',
        version: '2023',
        name: '電力排碳係數',
        value: '0.494',
        unit: 'kgCO2e/kWh',
        year: 2023,
        source: 'report',
      },
    ],
    plans: [
      {
        code: 'p1',
        name: '減量執行方案',
        start: '2021-01-01',
        end: '2025-12-31',
        sectors: [{ code: 'energy', name: '能源' }],
        measures: [
          {
            sector: 'energy',
            no: 1,
            agency: 'epb',
            name: '公部門節電',
            indicators: [
              {
                key: 'saved',
                label: '節電量',
                unit: '度',
                target: { kind: 'cumulative', value: '1000000' },
                results: [{ period: '112年1-9月', value: '600000', basis: 'increment' }],
              },
            ],
            reductions: [
              {
                method: 'computed',
                indicator: 'saved',
                period: '112年1-9月',
                quantity: '600000',
                quantityUnit: 'kWh',
                factor: { code: 'tw-electricity', version: '2023' },
              },
            ],
          },
          {
            sector: 'energy',
            no: 2,
            agency: 'epb',
            name: '有機農業生產輔導',
            indicators: [
              {
                key: 'area',
                label: '有機農業生產面積',
                unit: '公頃',
                target: {
                  kind: 'level',
                  value: '1200',
                  baseline: { value: '900', date: '2020-12-31' },
                },
                results: [{ period: '112/9', value: '1070', basis: 'total' }],
              },
            ],
          },
        ],
      },
    ],
  };
}
