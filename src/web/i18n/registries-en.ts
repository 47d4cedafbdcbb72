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
  'registries.import': 'Import a registry file',
  'registries.importIntro':
    "Upload your agency's own Excel (.xlsx) or CSV file: first give the header of each field's column (by default those of the last import). The whole file is checked; if any row is wrong nothing is written and each wrong cell is listed. Importing the same file again changes no case.",
  'registries.columns': "Each field's column header in the file",
  'registries.file': 'File (.xlsx or .csv)',
  'registries.importButton': 'Import',
  'registries.imported': 'Imported: {created} new, {updated} updated, {unchanged} unchanged.',
  'registries.refused':
    'The file was not imported and nothing was written. Fix these cells and upload it again:',
};
