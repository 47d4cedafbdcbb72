import { cityReader, common, group, leaf } from '../declare.js';

/** Inventories, the pathway and budgets; the files the city sends out and takes in. */
export const emissionsAndFileCommands = {
  inventory: group('greenhouse-gas inventories (溫室氣體盤查清冊) as CSV (docs/inventory-csv.md)', {
    import: leaf({
      description: 'inventories from a CSV file, each row checked; nothing written if one is wrong',
      arguments: [['<file>', 'the CSV file']],
      options: {
        city: common.city,
        replace: { description: 'replace the inventories of the years in the file' },
      },
      examples: [
        'netzero inventory import inventories.csv',
        'netzero inventory import inventories.csv --replace',
      ],
      load: () => import('../commands/inventory.js').then((m) => m.inventoryImport),
    }),
    export: leaf({
      description: 'the inventories as CSV, or a GPC-style listing of their totals',
      options: {
        city: common.city,
        year: { value: 'YYYY', description: 'one year only' },
        format: { value: 'csv|gpc', description: 'csv (default) or gpc' },
        out: common.outFile,
      },
      examples: [
        'netzero inventory export --out inventories.csv',
        'netzero inventory export --year 2021 --format gpc',
      ],
      load: () => import('../commands/inventory.js').then((m) => m.inventoryExport),
    }),
  }),
  pathway: leaf({
    description:
      'the pathway (減量路徑) to the 2030/2050 targets and the gap, year by year, in 萬公噸 CO₂e',
    options: {
      city: common.city,
      all: { description: 'every year, not only those with a measurement or target' },
      json: common.json,
    },
    examples: ['netzero pathway', 'netzero pathway --all', 'netzero pathway --json'],
    load: () => import('../commands/emissions.js').then((m) => m.pathwayCommand),
  }),
  budget: group('carbon budgets (碳預算) against their cap and the pathway', {
    status: cityReader(
      'budget status',
      'each budget: cap, pathway, actual and remaining, by year and sector',
      () => import('../commands/emissions.js').then((m) => m.budgetStatus),
    ),
    transition: leaf({
      description: "a budget's approval step, with who approved it (approved budgets are final)",
      options: {
        city: common.city,
        budget: { value: 'code', description: 'the budget (required)' },
        to: {
          value: 'state',
          description: 'draft, committee_reviewed or council_approved (required)',
        },
        by: { value: 'who', description: 'who decided: 推動會, 市議會 … (required)' },
        note: { value: 'text', description: 'a note on the step' },
      },
      examples: ['netzero budget transition --budget B2025 --to committee_reviewed --by 推動會'],
      load: () => import('../commands/emissions.js').then((m) => m.budgetTransition),
    }),
  }),
  report: group('reports (報告), frozen as snapshots so they can be rendered again identically', {
    results: leaf({
      description:
        'the results report (成果報告) as of a date, frozen as a snapshot; --snapshot N renders a frozen one again',
      options: {
        city: common.city,
        plan: common.plan,
        'as-of': {
          value: 'YYYY-MM-DD',
          description: 'the cut-off date (required unless --snapshot)',
        },
        format: {
          value: 'list',
          description: 'docx, odt, pdf, xlsx, comma-separated (default: all four)',
        },
        out: common.outDir,
        snapshot: { value: 'N', description: 'render frozen snapshot N again (needs --city)' },
      },
      examples: [
        'netzero report results --as-of 2023-09-30 --out reports/',
        'netzero report results --as-of 2023-09-30 --format docx,pdf',
        'netzero report results --city kaohsiung --snapshot 3 --format pdf',
      ],
      load: () => import('../commands/report.js').then((m) => m.reportResults),
    }),
  }),
  opendata: group('open data (開放資料)', {
    export: leaf({
      description: 'CSV (UTF-8 with BOM) and JSON files with data.gov.tw-style metadata',
      options: {
        city: common.requiredCity,
        out: common.outDir,
      },
      examples: ['netzero opendata export --city kaohsiung --out open-data/'],
      load: () => import('../commands/opendata.js').then((m) => m.opendataExport),
    }),
  }),
  round: group('reporting rounds (填報期程): the agency Excel template and its upload', {
    template: leaf({
      description:
        "an agency's Excel template for a round: its measures, units and earlier figures",
      options: {
        city: common.requiredCity,
        round: { value: 'N', description: 'the round number (required)' },
        agency: { value: 'code', description: 'the agency (機關), e.g. epb or 交通局 (required)' },
        out: { value: 'file.xlsx', description: 'the file to write (required)' },
      },
      examples: ['netzero round template --city kaohsiung --round 1 --agency epb --out epb.xlsx'],
      load: () => import('../commands/round.js').then((m) => m.roundTemplate),
    }),
    import: leaf({
      description:
        "a filled template becomes the agency's drafts: checked cell by cell, all or nothing; the same file twice changes nothing",
      arguments: [['<file>', 'the filled template (.xlsx)']],
      options: {
        as: {
          value: 'user',
          description: "file in the name of this account (an admin or the agency's editor)",
        },
      },
      examples: ['netzero round import epb.xlsx', 'netzero round import epb.xlsx --as clerk'],
      load: () => import('../commands/round.js').then((m) => m.roundImport),
    }),
  }),
};
