import { Decimal, parseDecimal } from '../decimal.js';
import { NetZeroError } from '../errors.js';
import type { CreditProblemCode } from './vocabulary.js';

/** A refusal of the ledger at one path, with its code for the reader's language. */
export function creditProblem(
  errorCode: 'VALIDATION_FAILED' | 'CONFLICT' | 'NOT_FOUND',
  path: string,
  code: CreditProblemCode,
  message: string,
  params: Readonly<Record<string, string | number>> = {},
): NetZeroError {
  return new NetZeroError(errorCode, `${path}: ${message}`, [{ path, message, code, params }]);
}

/**
 * Tonnes of CO₂e, exact and above zero (a verified reduction: "1367", "12.5").
 * @example parseTonnes('1367', 'verifiedTonnes').toFixed() // '1367'
 */
export function parseTonnes(text: string, path: string): Decimal {
  const value = parseDecimal(text, path);
  if (!value.isPositive() || value.isZero())
    throw creditProblem('VALIDATION_FAILED', path, 'not_positive', `${text} is not above zero`);
  return value;
}

/**
 * A number of credits: one credit is one whole tonne of CO₂e (1 公噸 CO₂e), so a quantity is a
 * whole number above zero, given as text like every exact figure.
 * @example parseCreditQuantity('100', 'quantity') // 100
 */
export function parseCreditQuantity(text: string, path: string): number {
  const value = parseTonnes(text, path);
  if (!value.isInteger())
    throw creditProblem(
      'VALIDATION_FAILED',
      path,
      'not_whole_tonnes',
      `${text} is not a whole number: one credit is one tonne of CO₂e`,
    );
  if (value.greaterThan(Number.MAX_SAFE_INTEGER))
    throw creditProblem('VALIDATION_FAILED', path, 'exceeds_verified', `${text} is too large`);
  return value.toNumber();
}

/**
 * How many more credits a monitoring period may issue: its verified tonnes rounded down to whole
 * credits, less what it has issued already (never below zero).
 * @example issuableCredits('1367.6', 1000) // 367
 */
export function issuableCredits(verifiedTonnes: string, issued: number): number {
  const whole = new Decimal(verifiedTonnes).floor().toNumber();
  return Math.max(0, whole - issued);
}
