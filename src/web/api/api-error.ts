import type { ErrorCode, Issue } from '../../core/errors.js';

/**
 * A failed API call as the pages see it: the server's stable code (the one error type's, from
 * src/core/errors.ts), its message and the fields to fix, or one of the client's own codes for
 * what never reached the server's answer.
 */
export type ClientErrorCode = 'NETWORK' | 'INVALID_RESPONSE';
export type WebErrorCode = ErrorCode | ClientErrorCode;

export type ErrorDetail = Issue;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: WebErrorCode,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    /** CONFLICT only: the record as it is now. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
