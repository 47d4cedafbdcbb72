import { parseArgs } from 'node:util';
import { NetZeroError } from '../core/errors.js';

export interface OptionSpec {
  [name: string]: { type: 'string' | 'boolean'; short?: string };
}

/** Parses a command's flags strictly: an unknown flag is a usage error naming it. */
export function parseFlags<T extends OptionSpec>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Flags that take a value, by name: most of a command's flags are strings, so they are listed
 * once rather than spelled `{ type: 'string' }` each.
 *
 * @example parseFlags(argv, { ...stringFlags('city', 'out'), json: { type: 'boolean' } })
 */
export function stringFlags<K extends string>(...names: K[]): Record<K, { type: 'string' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<
    K,
    { type: 'string' }
  >;
}

export function usage(message: string): NetZeroError {
  return new NetZeroError('VALIDATION_FAILED', message, [{ path: 'arguments', message }]);
}

/** A string flag that must be present. */
export function requireFlag(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw usage(`--${flag} is required`);
  return value;
}
