import { NetZeroError } from '../errors.js';

/** The NetZeroError `fn` throws; fails the test if it throws nothing or something else. */
export function thrown(fn: () => unknown): NetZeroError {
  try {
    fn();
  } catch (error) {
    if (error instanceof NetZeroError) return error;
    throw error;
  }
  throw new Error('expected a NetZeroError');
}
