import type { CliIo } from './io.js';

/**
 * The `netzero` commands as data: names, descriptions, arguments, options and examples. The
 * program (program.ts), the help, the shell completion and the test that walks every command
 * are all read from this one declaration; a command's code is imported only when it runs.
 */

export interface OptionDecl {
  /** The value's placeholder (`--city <code>`); left out for a switch such as `--json`. */
  readonly value?: string;
  readonly description: string;
  /** May be given more than once (`--agency epb --agency edb`); the values are kept in order. */
  readonly repeatable?: true;
}

export type OptionDecls = Readonly<Record<string, OptionDecl>>;

/**
 * The parsed value of each declared option, by its name as typed (`values['as-of']`). Every
 * declared key is present (undefined when not given), so a handler that reads an option the
 * declaration lacks does not compile.
 */
export type Values<O extends OptionDecls> = {
  [K in keyof O]: O[K] extends { repeatable: true }
    ? string[] | undefined
    : O[K] extends { value: string }
      ? string | undefined
      : boolean | undefined;
};

/** What a handler receives: the options and the operands, in the order typed. */
export interface Parsed<O extends OptionDecls> {
  values: Values<O>;
  positionals: string[];
}

/**
 * A handler's view of its options in short: `Flags<{ city: 'string'; json: 'boolean' }>`.
 * The declaration checks it: a key it does not declare, or of another type, fails to compile.
 */
export interface Flags<S extends Readonly<Record<string, 'string' | 'strings' | 'boolean'>>> {
  values: {
    [K in keyof S]: S[K] extends 'string'
      ? string | undefined
      : S[K] extends 'strings'
        ? string[] | undefined
        : boolean | undefined;
  };
  positionals: string[];
}

/** What a handler without options reads: its operands. */
export interface Operands {
  positionals: string[];
}

export type Handler<O extends OptionDecls> = (input: Parsed<O>, io: CliIo) => Promise<number>;

/** A handler as the program calls it: values by option name, before their types are known. */
export type LoadedHandler = (
  input: { values: Record<string, string | string[] | boolean | undefined>; positionals: string[] },
  io: CliIo,
) => Promise<number>;

/** A command that runs: `netzero plan list`. Its examples are required: help without one is thin. */
export interface LeafDecl {
  readonly kind: 'leaf';
  readonly description: string;
  /** Operands as commander spells them, with a description: `['<file>', 'the city file']`. */
  readonly arguments: readonly (readonly [string, string])[];
  readonly options: OptionDecls;
  readonly examples: readonly [string, ...string[]];
  /** Loads the handler's module (report and server code is heavy: loaded only when it runs). */
  readonly load: () => Promise<LoadedHandler>;
}

/** A command made of subcommands: `netzero plan list|summary`. */
export interface GroupDecl {
  readonly kind: 'group';
  readonly description: string;
  readonly subcommands: Readonly<Record<string, CommandDecl>>;
}

export type CommandDecl = LeafDecl | GroupDecl;

/** Declares a command that runs; the handler's option types are checked against `options`. */
export function leaf<const O extends OptionDecls>(decl: {
  description: string;
  arguments?: readonly (readonly [string, string])[];
  options: O;
  examples: readonly [string, ...string[]];
  load: () => Promise<Handler<O>>;
}): LeafDecl {
  return {
    kind: 'leaf',
    description: decl.description,
    arguments: decl.arguments ?? [],
    options: decl.options,
    examples: decl.examples,
    // The program fills `values` from `options` itself, so the narrowing is sound.
    load: () => decl.load() as Promise<LoadedHandler>,
  };
}

export function group(description: string, subcommands: Record<string, CommandDecl>): GroupDecl {
  return { kind: 'group', description, subcommands };
}

/**
 * A command that reads a city and prints a table, or JSON with --json: its options and examples
 * are the same for all of them.
 */
export function cityReader(
  path: string,
  description: string,
  load: () => Promise<Handler<typeof readerOptions>>,
): LeafDecl {
  return leaf({
    description,
    options: readerOptions,
    examples: [`netzero ${path}`, `netzero ${path} --json`],
    load,
  });
}

/** Options most commands share. */
export const common = {
  city: {
    value: 'code',
    description: 'the city (e.g. kaohsiung); may be left out when there is only one',
  },
  plan: {
    value: 'code',
    description: 'the plan (e.g. phase2); may be left out when there is only one',
  },
  json: { description: 'print machine-readable JSON instead of a table' },
  asOf: { value: 'YYYY-MM-DD', description: 'the as-of date (default: today in Taiwan)' },
  requiredCity: { value: 'code', description: 'the city (required)' },
  outFile: { value: 'file', description: 'the file to write (default: standard output)' },
  outDir: { value: 'dir', description: 'the folder to write to (default: .)' },
  requiredOutFile: { value: 'file', description: 'the file to write (required)' },
} as const satisfies Record<string, OptionDecl>;

const readerOptions = { city: common.city, json: common.json };
