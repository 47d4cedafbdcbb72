/**
 * The one error type of the platform. Every layer throws it; the edges (CLI, HTTP) map its
 * stable `code` to an exit status or HTTP status and show `message` and `issues` to a person.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNIT_MISMATCH'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INTERNAL';

/** One problem, located by a path into the input (`plans[0].measures[3].indicators[0].unit`). */
export interface Issue {
  path: string;
  /** In English, for API users and logs. */
  message: string;
  /** A stable code with its parameters, for a client to word in its reader's language. */
  code?: string;
  params?: Readonly<Record<string, string | number>>;
}

export class NetZeroError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.name = 'NetZeroError';
    this.code = code;
    this.issues = issues;
  }
}

/** A validation failure at one path: the common case for domain checks. */
export function invalid(path: string, message: string): NetZeroError {
  return new NetZeroError('VALIDATION_FAILED', `${path}: ${message}`, [{ path, message }]);
}
