import { NetZeroError } from '../core/errors.js';

/** A usage mistake: exit status 2, the message naming what to type instead. */
export function usage(message: string): NetZeroError {
  return new NetZeroError('VALIDATION_FAILED', message, [{ path: 'arguments', message }]);
}

/**
 * The operand at `index`, which the command declares as required (`<file>`): commander refuses
 * the command without it, so a handler never sees it missing; the check keeps the type honest.
 */
export function operand(positionals: readonly string[], index = 0): string {
  const value = positionals[index];
  if (value === undefined) throw usage(`an argument is missing (see --help)`);
  return value;
}

/** A string flag that must be present. */
export function requireFlag(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw usage(`--${flag} is required`);
  return value;
}
