/**
 * A failed API call as the pages see it: the server's stable code, its message and the fields
 * to fix (`apiErrorSchema` in src/contracts/api/common.ts), or one of the client's own codes.
 */
export type ClientErrorCode = 'NETWORK' | 'INVALID_RESPONSE';

export interface ErrorDetail {
  path: string;
  message: string;
}

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
