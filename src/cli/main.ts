import { NetZeroError } from '../core/errors.js';
import { exportCommand, importCommand } from './commands/city-files.js';
import { dbCommand } from './commands/db.js';
import { demoCommand } from './commands/demo.js';
import { budgetCommand, pathwayCommand } from './commands/emissions.js';
import { inventoryCommand } from './commands/inventory.js';
import { opendataCommand } from './commands/opendata.js';
import { planCommand } from './commands/plan.js';
import { reportCommand } from './commands/report.js';
import { resultCommand } from './commands/result.js';
import { roundCommand } from './commands/round.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';
import { userCommand } from './commands/user.js';
import { auditCommand } from './commands/audit.js';
import { processIo, type CliIo } from './io.js';

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

--city and --plan may be left out when there is only one.
Database: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in
NETZERO_DATA_DIR (default ./data/pglite).`;

const commands: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  db: dbCommand,
  seed: seedCommand,
  plan: planCommand,
  export: exportCommand,
  import: importCommand,
  result: resultCommand,
  demo: demoCommand,
  serve: serveCommand,
  user: userCommand,
  audit: auditCommand,
  inventory: inventoryCommand,
  pathway: pathwayCommand,
  budget: budgetCommand,
  report: reportCommand,
  opendata: opendataCommand,
  round: roundCommand,
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
  const command = commands[name];
  if (!command) {
    io.err(`netzero: unknown command "${name}"\n\n${help}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof NetZeroError) {
    io.err(`netzero: ${error.message}`);
    if (error.issues.length > 1)
      for (const issue of error.issues) io.err(`  - ${issue.path}: ${issue.message}`);
    if (error.code === 'INTERNAL') return 70;
    return error.issues.some((i) => i.path === 'arguments') ? 2 : 1;
  }
  io.err(`netzero: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
  return 70;
}
