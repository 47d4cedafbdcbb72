import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import {
  apiErrorSchema,
  errorStatus,
  type ApiError,
  type ApiErrorCode,
} from '../contracts/api/common.js';
import { NetZeroError } from '../core/errors.js';
import { StaleVersion } from '../db/accounts/users.js';

/**
 * The HTTP edge of the one error type: a NetZeroError (or an ApiFailure for codes only HTTP has)
 * becomes `{ code, message, details }` with its stable status; anything else is INTERNAL with a
 * generic message — the stack goes to the server log, never to the client.
 */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: ApiError['details'] = [],
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export function forbidden(message = 'you may not do this'): ApiFailure {
  return new ApiFailure('FORBIDDEN', message);
}

export function notFound(what: string): ApiFailure {
  return new ApiFailure('NOT_FOUND', `${what} not found`);
}

export function conflict(message: string, current: unknown): ApiFailure {
  return new ApiFailure(
    'CONFLICT',
    message,
    [{ path: 'version', message: 'stale: reload and retry' }],
    current,
  );
}

/** zod issues → `details`, each with a dotted path a person can find in the form. */
export function fromZodError(error: z.ZodError, where: string): ApiFailure {
  const details = error.issues.map((i) => ({
    path: [where, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  const first = details[0];
  const message = first ? `${first.path}: ${first.message}` : `${where} is invalid`;
  return new ApiFailure(
    'VALIDATION_FAILED',
    details.length > 1 ? `${message} (and ${details.length - 1} more)` : message,
    details,
  );
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiFailure)
    return {
      code: error.code,
      message: error.message,
      details: [...error.details],
      ...(error.current === undefined ? {} : { current: error.current }),
    };
  if (error instanceof StaleVersion)
    return {
      code: 'CONFLICT',
      message: error.message,
      details: error.issues.map((i) => ({ ...i })),
      current: error.current,
    };
  if (error instanceof NetZeroError)
    return {
      code: error.code,
      message: error.message,
      details: error.issues.map((i) => ({ ...i })),
    };
  if (error instanceof HTTPException && error.status === 413)
    return { code: 'PAYLOAD_TOO_LARGE', message: 'the request body is too large', details: [] };
  if (error instanceof SyntaxError)
    return {
      code: 'VALIDATION_FAILED',
      message: 'the body is not valid JSON',
      details: [{ path: 'body', message: error.message }],
    };
  return {
    code: 'INTERNAL',
    message: 'an internal error occurred; it has been logged',
    details: [],
  };
}

export function errorResponse(c: Context, error: unknown, log: (error: unknown) => void): Response {
  const body = apiErrorSchema.parse(toApiError(error));
  if (body.code === 'INTERNAL') log(error);
  return c.json(body, errorStatus[body.code]);
}
