import { NetZeroError } from '../core/errors.js';
import { exportCommand, importCommand } from './commands/city-files.js';
import { dbCommand } from './commands/db.js';
import { demoCommand } from './commands/demo.js';
import { planCommand } from './commands/plan.js';
import { resultCommand } from './commands/result.js';
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
