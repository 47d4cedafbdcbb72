import { expect } from 'vitest';
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

/** Asserts that `run` refuses its input with a message naming both the field and the text. */
export function expectRefusal(run: () => unknown, path: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  expect(run).toThrow(path);
  expect(run).toThrow(`"${text}"`);
}
