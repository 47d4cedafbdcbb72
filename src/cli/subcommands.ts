import { usage } from './args.js';
import type { CliIo } from './io.js';

/** A `netzero` command: its arguments after the command's name, the exit status it ends with. */
export type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * A command made of subcommands (`netzero plan list|summary`): the first argument picks one, the
 * rest go to it. An unknown or missing subcommand is a usage error that names every known one.
 *
 * @example export const planCommand = subcommands('plan', { list: planList, summary: planSummary });
 */
export function subcommands(name: string, table: Readonly<Record<string, Command>>): Command {
  return async (argv, io) => {
    const [sub, ...rest] = argv;
    const run = sub !== undefined && Object.hasOwn(table, sub) ? table[sub] : undefined;
    if (run) return run(rest, io);
    const known = Object.keys(table).map((key) => `"${name} ${key}"`);
    throw usage(`unknown command "${name} ${sub ?? ''}"; try ${orList(known)}`);
  };
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  const last = items.at(-1) ?? '';
  return items.length <= 1 ? last : `${items.slice(0, -1).join(', ')} or ${last}`;
}
