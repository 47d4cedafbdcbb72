import type { ErrorCode } from '../../core/errors.js';
import type { ApiError as ApiErrorBody } from '../../contracts/api/common.js';

/**
 * A failed API call as the pages see it: the server's stable code (the one error type's, from
 * src/core/errors.ts), its message and the fields to fix, or one of the client's own codes for
 * what never reached the server's answer.
 */
export type ClientErrorCode = 'NETWORK' | 'INVALID_RESPONSE';
export type WebErrorCode = ErrorCode | ClientErrorCode;

/** One field to fix; `code` and `params`, when the server sends them, are worded by the client. */
export type ErrorDetail = ApiErrorBody['details'][number];

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
