import type { registriesZhTW } from './registries-zh-TW.js';

/** The registry pages' words in English. */
export const registriesEn: Record<keyof typeof registriesZhTW, string> = {
  'nav.registries': 'Registries',
  'registries.heading': 'Registries',
  'registries.intro':
    "Agencies' case-by-case registries; a measure indicator's figures are the sums or counts of their cases.",
  'registries.none': 'No registries yet.',
  'registries.name': 'Registry',
  'registries.agency': 'Agency',
  'registries.cases': 'Cases',
  'registries.amount': 'Total',
  'registries.feeds': 'Feeds',
  'registries.back': 'Back to the registries',
  'registries.total': '{cases} cases',
  'registries.byYear': 'By year',
  'registries.byDistrict': 'By district',
  'registries.byField': 'By {field}',
  'registries.unset': '(not given)',
  'registries.year': 'Year',
  'registries.district': 'District',
  'registries.fed': 'Published and computed figures',
  'registries.period': 'Period',
  'registries.published': 'Published',
  'registries.computed': 'From the cases',
  'registries.difference': 'Difference',
  'registries.explanation': 'Why',
  'registries.caseList': 'Cases',
  'registries.shown': 'Showing {shown} of {total} cases',
  'registries.aggregate': 'Aggregate ({count} cases)',
  'registries.placedOn': 'Placed on',
  'registries.withheld': 'Not public',
};
