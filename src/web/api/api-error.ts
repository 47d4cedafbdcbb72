import type { ApiError as ApiErrorBody } from '../../contracts/api/common.js';

/**
 * A failed API call as the pages see it: the server's stable code, its message and the fields
 * to fix (`apiErrorSchema` in src/contracts/api/common.ts), or one of the client's own codes.
 */
export type ClientErrorCode = 'NETWORK' | 'INVALID_RESPONSE';

/** One field to fix; `code` and `params`, when the server sends them, are worded by the client. */
export type ErrorDetail = ApiErrorBody['details'][number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    /** CONFLICT only: the record as it is now. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
