import { cityReader, common, group, leaf } from '../declare.js';

const format = (formats: string) => ({
  value: formats,
  description: `the format: ${formats.replaceAll('|', ', ')} (required)`,
});
const asOf = { value: 'YYYY-MM-DD', description: 'the day to judge on (default: today in Taiwan)' };
const year = { value: 'YYYY', description: 'the year (default: last year)' };

/** The committee (推動會), sustainability indicators, registries and the carbon platform. */
export const moduleCommands = {
  committee: group('the net-zero committee (淨零城市推動會): its document, minutes and follow-up', {
    import: leaf({
      description:
        "the committee's netzero-committee/1 document (terms, members, meetings, resolutions)",
      arguments: [['<file>', 'the document, .yaml or .json']],
      options: { city: common.city },
      examples: ['netzero committee import kaohsiung-committee.yaml'],
      load: () => import('../commands/committee.js').then((m) => m.committeeImport),
    }),
    export: leaf({
      description: "the committee's document, as recorded (JSON)",
      options: {
        city: common.city,
        out: common.outFile,
      },
      examples: ['netzero committee export --out committee.json'],
      load: () => import('../commands/committee.js').then((m) => m.committeeExport),
    }),
    minutes: leaf({
      description: "a meeting's minutes (會議紀錄) in the printed layout (壹、時間 … 玖、散會)",
      arguments: [['<meeting>', 'the meeting, e.g. t7-plenary-1']],
      options: {
        city: common.city,
        format: format('docx|odt|pdf'),
        out: common.requiredOutFile,
      },
      examples: ['netzero committee minutes t7-plenary-1 --format pdf --out minutes.pdf'],
      load: () => import('../commands/committee.js').then((m) => m.committeeMinutes),
    }),
    'follow-up-table': leaf({
      description: '歷次會議決議事項辦理情形: the follow-up of every resolution, from the records',
      options: {
        city: common.city,
        meeting: { value: 'meeting', description: 'one meeting only' },
        'as-of': asOf,
        format: format('xlsx|docx|odt|pdf'),
        out: common.requiredOutFile,
      },
      examples: [
        'netzero committee follow-up-table --as-of 2023-11-30 --format xlsx --out follow-up.xlsx',
      ],
      load: () => import('../commands/committee.js').then((m) => m.committeeFollowUpTable),
    }),
    overdue: leaf({
      description: 'the replies overdue (逾期未回覆) per agency',
      options: {
        city: common.city,
        agency: { value: 'code', description: 'one agency only' },
        'as-of': asOf,
        json: common.json,
      },
      examples: [
        'netzero committee overdue',
        'netzero committee overdue --agency epb --as-of 2023-12-31 --json',
      ],
      load: () => import('../commands/committee.js').then((m) => m.committeeOverdue),
    }),
    remind: leaf({
      description: 'mail the reminders due, once each (NETZERO_SMTP_URL, NETZERO_MAIL_FROM)',
      options: {
        city: common.city,
        today: {
          value: 'YYYY-MM-DD',
          description: 'the day to remind on (default: today in Taiwan)',
        },
      },
      examples: [
        'NETZERO_SMTP_URL=smtp://mail.example NETZERO_MAIL_FROM=netzero@example.gov.tw netzero committee remind',
      ],
      load: () => import('../commands/committee.js').then((m) => m.committeeRemind),
    }),
    contacts: leaf({
      description: "where an agency's reminders are mailed; no address: in the app only",
      arguments: [['[address...]', 'e-mail addresses (none: remove them all)']],
      options: {
        city: common.city,
        agency: { value: 'code', description: 'the agency (required)' },
      },
      examples: [
        'netzero committee contacts --agency epb clerk@example.gov.tw head@example.gov.tw',
        'netzero committee contacts --agency epb',
      ],
      load: () => import('../commands/committee.js').then((m) => m.committeeContacts),
    }),
    'minutes-sent': leaf({
      description: 'the day the minutes went out (文到): replies are due from it',
      arguments: [['<meeting>', 'the meeting, e.g. t7-plenary-1']],
      options: {
        city: common.city,
        on: { value: 'YYYY-MM-DD', description: 'the day they were sent (required)' },
      },
      examples: ['netzero committee minutes-sent t7-plenary-1 --on 2023-11-10'],
      load: () => import('../commands/committee.js').then((m) => m.committeeMinutesSent),
    }),
  }),
  indicators: group(
    'sustainability indicators (永續發展指標) by SDG, each year judged against the version in force',
    {
      import: leaf({
        description: "the indicators' document: versions, targets and yearly values",
        arguments: [['<file>', 'the document, .yaml or .json']],
        options: { city: common.city },
        examples: ['netzero indicators import kaohsiung-indicators.yaml'],
        load: () => import('../commands/indicators.js').then((m) => m.indicatorsImport),
      }),
      list: leaf({
        description:
          'every indicator with its SDGs, type and status for a year (達標/未達標/觀察/無資料)',
        options: { city: common.city, year, json: common.json },
        examples: [
          'netzero indicators list --year 2023',
          'NETZERO_LANG=en netzero indicators list --json',
        ],
        load: () => import('../commands/indicators.js').then((m) => m.indicatorsList),
      }),
      show: leaf({
        description: "one indicator: its versions and each year's status",
        arguments: [['<code>', "the indicator's code"]],
        options: { city: common.city, year, json: common.json },
        examples: [
          'netzero indicators show social-in-kind-aid-sites --year 2024',
          'netzero indicators show transport-traffic-safety --json',
        ],
        load: () => import('../commands/indicators.js').then((m) => m.indicatorsShow),
      }),
    },
  ),
  registry: group('registries of cases (登錄清冊): solar, fishery solar, counselling visits …', {
    list: cityReader('registry list', 'the registries, their cases and the figure each feeds', () =>
      import('../commands/registry.js').then((m) => m.registryList),
    ),
    show: leaf({
      description: "one registry's summaries, and its computed figures beside the published ones",
      arguments: [['<kind>', 'the registry, e.g. counselling-visits']],
      options: {
        city: common.city,
        district: { value: 'D', description: 'one district (行政區) only' },
        year: { value: 'YYYY', description: 'one year only (1900–2200)' },
        json: common.json,
      },
      examples: [
        'netzero registry show counselling-visits',
        'netzero registry show solar-cases --district 鳳山區 --year 2023 --json',
      ],
      load: () => import('../commands/registry.js').then((m) => m.registryShow),
    }),
    import: leaf({
      description: "an agency's spreadsheet of cases, every cell checked; all or nothing",
      arguments: [
        ['<kind>', 'the registry'],
        ['<file>', 'the cases, .xlsx or .csv'],
      ],
      options: {
        city: common.city,
        mapping: {
          value: 'mapping.json',
          description:
            'which column holds which field, when the headings differ (kept for the next import; without it, the one kept)',
        },
      },
      examples: [
        'netzero registry import counselling-visits visits.xlsx',
        'netzero registry import solar-cases solar.csv --mapping mapping.json',
      ],
      load: () => import('../commands/registry.js').then((m) => m.registryImport),
    }),
    define: leaf({
      description:
        'a registry kind (fields, what is summed or counted, the indicator it feeds) and its cases, from a file',
      arguments: [['<file>', 'the definition, .yaml or .json']],
      options: { city: common.city },
      examples: ['netzero registry define counselling-visits.yaml'],
      load: () => import('../commands/registry.js').then((m) => m.registryDefine),
    }),
  }),
  platform: group('the Kaohsiung Carbon Platform (高雄碳平台)', {
    credits: group('offset projects and the credits ledger (減量額度)', {
      list: cityReader(
        'platform credits list',
        'every offset project with what it issued, retired and used',
        () => import('../commands/platform.js').then((m) => m.creditsList),
      ),
      show: leaf({
        description: "a project's registration, periods and every operation",
        arguments: [['<project>', 'the project, e.g. hancheng-electric-buses']],
        options: { city: common.city, json: common.json },
        examples: ['netzero platform credits show hancheng-electric-buses'],
        load: () => import('../commands/platform.js').then((m) => m.creditsShow),
      }),
      check: cityReader(
        'platform credits check',
        "the ledger's invariants read back from its rows; exit 1 listing each problem",
        () => import('../commands/platform.js').then((m) => m.creditsCheck),
      ),
    }),
  }),
};
