/**
 * The one error type of the platform. Every layer throws it; the edges map its stable `code`:
 * HTTP in `errorStatus` (src/contracts/api/common.ts), the CLI in its exit-status table
 * (src/cli/exit-status.ts); both are typed over `ErrorCode`, so a new code fails to compile until
 * each edge says what it means.
 */
export const errorCodes = [
  'VALIDATION_FAILED',
  'UNIT_MISMATCH',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

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
  /** CONFLICT on a stale version only: the record as it is now, to show and retry from. */
  readonly current: unknown;

  constructor(code: ErrorCode, message: string, issues: readonly Issue[] = [], current?: unknown) {
    super(message);
    this.name = 'NetZeroError';
    this.code = code;
    this.issues = issues;
    this.current = current;
  }
}

/** A validation failure at one path: the common case for domain checks. */
export function invalid(path: string, message: string): NetZeroError {
  return new NetZeroError('VALIDATION_FAILED', `${path}: ${message}`, [{ path, message }]);
}

/** `what` is named as a person would look for it: `city "taipei"`, `carbon budget "cb-1"`. */
export function notFound(what: string): NetZeroError {
  return new NetZeroError('NOT_FOUND', `${what} not found`);
}

export function forbidden(message: string, issues: readonly Issue[] = []): NetZeroError {
  return new NetZeroError('FORBIDDEN', message, issues);
}

/**
 * Someone else changed the record since the caller read it: a CONFLICT carrying the record as
 * it is now, so a form can show it and let the person retry from it.
 */
export function staleVersion(message: string, current: unknown): NetZeroError {
  return new NetZeroError(
    'CONFLICT',
    message,
    [{ path: 'version', message: 'stale: reload and retry' }],
    current,
  );
}
