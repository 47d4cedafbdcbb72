import { cityReader, common, group, leaf } from '../declare.js';

/** The database, the city's plan and its figures, accounts and the audit trail. */
export const cityCommands = {
  db: group('the database (PostgreSQL with DATABASE_URL, else PGlite in NETZERO_DATA_DIR)', {
    migrate: leaf({
      description: 'bring the database to the latest schema',
      options: {},
      examples: ['netzero db migrate', 'DATABASE_URL=postgres://… netzero db migrate'],
      load: () => import('../commands/db.js').then((m) => m.dbMigrate),
    }),
  }),
  seed: leaf({
    description:
      'load a reference dataset once (kaohsiung: 高雄市淨零城市推動計畫); never overwrites edits',
    arguments: [['<dataset>', 'the dataset: kaohsiung']],
    options: {},
    examples: ['netzero seed kaohsiung'],
    load: () => import('../commands/seed.js').then((m) => m.seedCommand),
  }),
  plan: group('the plans (推動計畫) and their progress', {
    list: cityReader('plan list', 'the plans and their measure counts', () =>
      import('../commands/plan.js').then((m) => m.planList),
    ),
    summary: leaf({
      description:
        'the Table-1-style summary (執行成果總表): every measure, its status and reduction',
      options: {
        city: common.city,
        plan: common.plan,
        'as-of': common.asOf,
        json: {
          description: 'print the summary as its JSON contract (src/contracts/plan-summary.ts)',
        },
        lang: { value: 'zh|en', description: 'the language of the table (default zh)' },
      },
      examples: [
        'netzero plan summary --as-of 2023-09-30',
        'netzero plan summary --as-of 2023-09-30 --lang en',
        'netzero plan summary --city kaohsiung --plan phase2 --json',
      ],
      load: () => import('../commands/plan.js').then((m) => m.planSummary),
    }),
  }),
  result: group("a measure's reported figures (執行成果)", {
    add: leaf({
      description:
        "record one figure for a measure's indicator (a second one for the period updates it)",
      options: {
        city: common.city,
        plan: common.plan,
        sector: {
          value: 'sector',
          description: 'the sector (部門), e.g. energy, agriculture (required)',
        },
        no: { value: 'N', description: "the measure's number in its sector (required)" },
        indicator: {
          value: 'key',
          description: 'the indicator, when the measure has more than one',
        },
        period: {
          value: 'period',
          description:
            'ROC (112年10月, 112/9, 110~112/9) or ISO (2023-01-01/2023-09-30) (required)',
        },
        value: { value: 'V', description: "the figure, in the indicator's unit (required)" },
        basis: {
          value: 'increment|total',
          description: 'increment (當期, default) or total (累計)',
        },
        text: { value: 'T', description: 'a note with the figure' },
      },
      examples: [
        'netzero result add --sector agriculture --no 2 --period 112年10月 --value 2',
        'netzero result add --sector energy --no 1 --period 112/12 --value 900 --basis total',
      ],
      load: () => import('../commands/result.js').then((m) => m.resultAdd),
    }),
  }),
  export: leaf({
    description: 'the whole city as a netzero-city/1 document (JSON)',
    options: {
      city: common.requiredCity,
      out: common.outFile,
    },
    examples: ['netzero export --city kaohsiung --out kaohsiung.json'],
    load: () => import('../commands/city-files.js').then((m) => m.exportCommand),
  }),
  import: leaf({
    description:
      'a city document: every problem listed with its path, nothing written if there is one',
    arguments: [['<file>', 'a netzero-city/1 document, .json or .yaml']],
    options: {
      replace: {
        description:
          'replace the city when it exists already: its accounts, rounds, submissions, discussions, attachments and frozen reports are deleted too (audited as city.import_replace)',
      },
    },
    examples: ['netzero import kaohsiung.json', 'netzero import kaohsiung.json --replace'],
    load: () => import('../commands/city-files.js').then((m) => m.importCommand),
  }),
  demo: leaf({
    description:
      'what `npm start` runs: migrate, seed Kaohsiung, demo accounts and a round, the summary, then serve',
    options: { 'no-serve': { description: 'stop after printing the summary' } },
    examples: ['netzero demo', 'netzero demo --no-serve'],
    load: () => import('../commands/demo.js').then((m) => m.demoCommand),
  }),
  serve: leaf({
    description:
      'the web app and API (/api/v1, docs at /api/v1/docs) on HOST:PORT (default 127.0.0.1:3000)',
    options: {
      production: { description: 'refuse to start while demo accounts exist; secure cookies' },
    },
    examples: ['netzero serve', 'HOST=0.0.0.0 PORT=8080 netzero serve --production'],
    load: () => import('../commands/serve.js').then((m) => m.serveCommand),
  }),
  user: group("a city's accounts (帳號); passwords come from the prompt or stdin, never argv", {
    add: leaf({
      description:
        'create an account; the password is asked (or read from the first line of stdin)',
      options: {
        city: common.requiredCity,
        role: {
          value: 'role',
          description: 'admin, agency_editor, reviewer, viewer or committee_member (required)',
        },
        agency: {
          value: 'code',
          description: 'an agency an agency_editor files for (repeatable)',
          repeatable: true,
        },
        username: { value: 'name', description: 'the sign-in name (required)' },
        name: { value: 'text', description: 'the name shown' },
      },
      examples: [
        'netzero user add --city kaohsiung --role admin --username chen',
        'netzero user add --city kaohsiung --role agency_editor --agency epb --agency edb --username clerk',
        'printf \'%s\\n\' "$PASSWORD" | netzero user add --city kaohsiung --role viewer --username guest',
      ],
      load: () => import('../commands/user.js').then((m) => m.userAdd),
    }),
    remove: leaf({
      description: 'remove an account (exit 1 when there is none)',
      options: {
        city: common.requiredCity,
        username: { value: 'name', description: 'the account (required)' },
      },
      examples: ['netzero user remove --city kaohsiung --username demo-admin'],
      load: () => import('../commands/user.js').then((m) => m.userRemove),
    }),
    list: leaf({
      description: "a city's accounts: username, role, agencies",
      options: { city: common.requiredCity, json: common.json },
      examples: ['netzero user list --city kaohsiung', 'netzero user list --city kaohsiung --json'],
      load: () => import('../commands/user.js').then((m) => m.userList),
    }),
  }),
  audit: group('the audit trail (稽核軌跡)', {
    verify: leaf({
      description: "recompute each city's hash chain; exit 1 naming the first broken entry",
      options: {
        city: { ...common.city, description: 'one city (default: every city with a trail)' },
        json: common.json,
      },
      examples: ['netzero audit verify', 'netzero audit verify --city kaohsiung --json'],
      load: () => import('../commands/audit.js').then((m) => m.auditVerify),
    }),
  }),
};
