import { CommanderError } from 'commander';
import { NetZeroError } from '../core/errors.js';
import { commandTree, programDescription, programEpilogue } from './command-tree/tree.js';
import { exitStatus, usageExitStatus } from './exit-status.js';
import { processIo, type CliIo } from './io.js';
import { buildProgram, type Outcome } from './program.js';
import { issueIn, readerLanguage } from './reader-language.js';

/**
 * Runs one command and returns the exit status: 0 success, 1 refused input (with every
 * problem listed by path), 2 usage (an unknown command or option, a missing argument), 70 an
 * internal fault. `--help` on any command, or `help <command…>`, prints its usage and exits 0.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const outcome: Outcome = {};
  const program = buildProgram(
    { name: 'netzero', description: programDescription, epilogue: programEpilogue },
    commandTree,
    io,
    outcome,
  );
  // `netzero help plan summary` is `netzero plan summary --help` (commander's own help
  // command takes a single name).
  const args = argv[0] === 'help' ? [...argv.slice(1), '--help'] : [...argv];
  try {
    await program.parseAsync(args, { from: 'user' });
    return outcome.status ?? 0;
  } catch (error) {
    if (error instanceof CommanderError) return commanderStatus(error);
    return reportError(error, io);
  }
}

/**
 * commander has printed its message already. Help asked for exits 0; help shown because a
 * command was left incomplete (`netzero plan`) and every parsing error are usage, 2.
 */
function commanderStatus(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
  return usageExitStatus;
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
