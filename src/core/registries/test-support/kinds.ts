import type { RegistryDefinition } from '../definition.js';

/** The plan of the seed report: 110 to 114. */
export const plan = { start: '2021-01-01', end: '2025-12-31' };

/** A small kind that sums a capacity, for the core's tests (the shipped kinds are data files). */
export const solar: RegistryDefinition = {
  code: 'solar',
  version: 1,
  name: { zh: '太陽光電備案', en: 'Solar filings' },
  agency: 'edb',
  fields: [
    { key: 'permit', label: { zh: '備案編號', en: 'Permit' }, type: 'text', required: true },
    {
      key: 'site',
      label: { zh: '設置型式', en: 'Site' },
      type: 'choice',
      required: true,
      choices: [
        { code: 'rooftop', label: { zh: '屋頂型', en: 'Rooftop' } },
        { code: 'ground', label: { zh: '地面型', en: 'Ground' } },
      ],
    },
    {
      key: 'capacity',
      label: { zh: '容量', en: 'Capacity' },
      type: 'number',
      unit: 'kWp',
      required: true,
    },
    { key: 'filedOn', label: { zh: '備案日期', en: 'Filed on' }, type: 'date', required: true },
    { key: 'district', label: { zh: '行政區', en: 'District' }, type: 'text', required: false },
  ],
  tally: { kind: 'sum', field: 'capacity' },
  placedBy: 'filedOn',
  naturalKey: ['permit'],
  district: 'district',
};
