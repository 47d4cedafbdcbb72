import { Command, Option } from 'commander';
import type { CommandDecl, OptionDecls } from './declare.js';
import type { CliIo } from './io.js';

/** Where the chosen command's exit status lands once its handler has run. */
export interface Outcome {
  status?: number;
}

/**
 * The commander program for a declaration tree. Errors and help go through `io`; commander
 * never exits the process (main.ts turns its errors into exit statuses).
 */
export function buildProgram(
  { name, description, epilogue }: { name: string; description: string; epilogue: string },
  tree: Readonly<Record<string, CommandDecl>>,
  io: CliIo,
  outcome: Outcome,
): Command {
  const program = new Command(name)
    .description(description)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.replace(/\n$/, '')),
      writeErr: (text) => io.err(text.replace(/\n$/, '')),
      outputError: (text, write) => write(`${name}: ${text.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError(true)
    .showHelpAfterError(`(${name} --help lists the commands)`)
    .addHelpText('after', epilogue);
  for (const [key, decl] of Object.entries(tree)) addCommand(program, key, decl, io, outcome);
  return program;
}

function addCommand(
  parent: Command,
  key: string,
  decl: CommandDecl,
  io: CliIo,
  outcome: Outcome,
): void {
  const command = parent.command(key).description(decl.description);
  command.showHelpAfterError(`(${commandPath(command)} --help shows its usage)`);
  if (decl.kind === 'group') {
    for (const [sub, child] of Object.entries(decl.subcommands))
      addCommand(command, sub, child, io, outcome);
    return;
  }
  for (const [argument, text] of decl.arguments) command.argument(argument, text);
  const options = declareOptions(command, decl.options);
  command.addHelpText(
    'after',
    `\nExamples:\n${decl.examples.map((example) => `  $ ${example}`).join('\n')}`,
  );
  command.action(async () => {
    const run = await decl.load();
    const values = Object.fromEntries(
      options.map(([optionName, read]) => [optionName, read(command.opts())]),
    );
    outcome.status = await run({ values, positionals: [...command.args] }, io);
  });
}

type Reader = (opts: Record<string, unknown>) => string | string[] | boolean | undefined;

/** Declares each option on the command; returns how to read each one's value by its name. */
function declareOptions(command: Command, decls: OptionDecls): [string, Reader][] {
  return Object.entries(decls).map(([optionName, decl]) => {
    const flags = decl.value === undefined ? `--${optionName}` : `--${optionName} <${decl.value}>`;
    const option = new Option(flags, decl.description);
    if (decl.repeatable)
      option.argParser((value: string, previous: string[] | undefined) => [
        ...(previous ?? []),
        value,
      ]);
    command.addOption(option);
    const attribute = option.attributeName();
    // commander reads `--no-serve` as serve = false; the handler asks for 'no-serve'.
    const read: Reader = option.negate
      ? (opts) => (opts[attribute] === false ? true : undefined)
      : (opts) => opts[attribute] as string | string[] | boolean | undefined;
    return [optionName, read];
  });
}

/** `netzero plan summary`, from the command up to the program. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
