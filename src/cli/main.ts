import { NetZeroError } from '../core/errors.js';
import { exitStatus, usageExitStatus } from './exit-status.js';
import { processIo, type CliIo } from './io.js';
import { issueIn, readerLanguage } from './reader-language.js';
import type { Command } from './subcommands.js';

const help = `netzero — Net-Zero Tracker (淨零管考平台)

Usage:
  netzero db migrate                       bring the database to the latest schema
  netzero seed kaohsiung                   load Kaohsiung's reference dataset (idempotent)
  netzero plan list [--city C] [--json]
  netzero plan summary [--city C] [--plan P] [--as-of YYYY-MM-DD] [--json] [--lang zh|en]
  netzero result add [--city C] [--plan P] --sector S --no N [--indicator K]
                     --period 112年10月 --value V [--basis increment|total]
  netzero export --city C [--out city.json]
  netzero import <city.json|city.yaml> [--replace]
  netzero demo [--no-serve]                migrate, seed, demo accounts, summary, then serve
  netzero serve [--production]             the web app and API on HOST:PORT (127.0.0.1:3000)
  netzero user add --city C --role R [--agency A]... --username U [--name N]
                                           password from the prompt or stdin, never argv
  netzero user remove --city C --username U
  netzero user list --city C
  netzero audit verify [--city C]          recompute the audit hash chain
  netzero inventory import <file.csv> [--city C] [--replace]   (docs/inventory-csv.md)
  netzero inventory export [--city C] [--year Y] [--format csv|gpc] [--out file]
  netzero pathway [--city C] [--all] [--json]   trajectory to the targets and the gap
  netzero budget status [--city C] [--json]     carbon budgets against cap and pathway
  netzero budget transition --budget B --to committee_reviewed|council_approved|draft --by WHO [--note T]
  netzero report results [--city C] [--plan P] --as-of YYYY-MM-DD
                     [--format docx,odt,pdf,xlsx] [--out DIR]
                                           the results report, frozen as a snapshot
  netzero report results --city C --snapshot N [--format …] [--out DIR]
                                           a frozen report again, identical
  netzero round template --city C --round N --agency A --out file.xlsx
                                           an agency's Excel template for a reporting round
  netzero round import <file.xlsx> [--as USER]
                                           the filled template becomes the agency's drafts
  netzero opendata export --city C [--out DIR]
                                           open data: CSV (UTF-8, BOM) and JSON with metadata
  netzero committee import <committee.yaml> | export [--out file]
                                           the committee's document (推動會)
  netzero committee minutes <meeting> --format docx|odt|pdf --out FILE
  netzero committee follow-up-table [--meeting M] [--as-of D] --format xlsx|docx|odt|pdf --out FILE
  netzero committee overdue [--agency A] [--as-of D]
  netzero committee minutes-sent <meeting> --on YYYY-MM-DD    replies due from that day
  netzero committee contacts --agency A [address]...          where its reminders are mailed
  netzero committee remind [--today YYYY-MM-DD]
                                           mail the reminders due (NETZERO_SMTP_URL, NETZERO_MAIL_FROM)
  netzero indicators import <indicators.yaml> | list [--year Y] [--json] | show <code> [--year Y] [--json]
                                           the sustainability indicators (永續發展指標) by SDG
  netzero registry list | show <kind> [--district D] [--year YYYY]
                                           registries (登錄清冊), their summaries and fed figures
  netzero registry import <kind> <file.xlsx|csv> [--mapping mapping.json]
  netzero registry define <registry.yaml>  a registry kind (and its cases) from a file
  netzero platform credits list | show <project> | check [--city C] [--json]
                                           offset projects and the credits ledger (減量額度)

--city and --plan may be left out when there is only one.
Database: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in
NETZERO_DATA_DIR (default ./data/pglite).`;

/**
 * Each command's module is imported when it runs: the report and server commands pull in docx,
 * exceljs, ECharts, resvg and Hono, which every other command would otherwise pay for at start.
 */
const commands: Record<string, () => Promise<Command>> = {
  db: () => import('./commands/db.js').then((m) => m.dbCommand),
  seed: () => import('./commands/seed.js').then((m) => m.seedCommand),
  plan: () => import('./commands/plan.js').then((m) => m.planCommand),
  export: () => import('./commands/city-files.js').then((m) => m.exportCommand),
  import: () => import('./commands/city-files.js').then((m) => m.importCommand),
  result: () => import('./commands/result.js').then((m) => m.resultCommand),
  demo: () => import('./commands/demo.js').then((m) => m.demoCommand),
  serve: () => import('./commands/serve.js').then((m) => m.serveCommand),
  user: () => import('./commands/user.js').then((m) => m.userCommand),
  audit: () => import('./commands/audit.js').then((m) => m.auditCommand),
  inventory: () => import('./commands/inventory.js').then((m) => m.inventoryCommand),
  pathway: () => import('./commands/emissions.js').then((m) => m.pathwayCommand),
  budget: () => import('./commands/emissions.js').then((m) => m.budgetCommand),
  report: () => import('./commands/report.js').then((m) => m.reportCommand),
  opendata: () => import('./commands/opendata.js').then((m) => m.opendataCommand),
  round: () => import('./commands/round.js').then((m) => m.roundCommand),
  committee: () => import('./commands/committee.js').then((m) => m.committeeCommand),
  indicators: () => import('./commands/indicators.js').then((m) => m.indicatorsCommand),
  // Registries (issue 17)
  registry: () => import('./commands/registry.js').then((m) => m.registryCommand),
  platform: () => import('./commands/platform.js').then((m) => m.platformCommand),
};

/**
 * Runs one command and returns the exit status: 0 success, 1 refused input (with every
 * problem listed by path), 2 usage, 70 an internal fault.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(help);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    io.err(`netzero: unknown command "${name}"\n\n${help}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof NetZeroError) {
    io.err(`netzero: ${error.message}`);
    const language = readerLanguage(io.env);
    // The headline is English; a problem with a code is also listed in the reader's words.
    const worded = error.issues.some((i) => i.code !== undefined) && language !== 'en';
    if (error.issues.length > 1 || worded)
      for (const issue of error.issues) io.err(`  - ${issue.path}: ${issueIn(issue, language)}`);
    const usage = error.code !== 'INTERNAL' && error.issues.some((i) => i.path === 'arguments');
    return usage ? usageExitStatus : exitStatus[error.code];
  }
  io.err(`netzero: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
  return exitStatus.INTERNAL;
}
