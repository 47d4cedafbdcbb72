import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { apiErrorSchema, errorStatus, type ApiError } from '../contracts/api/common.js';
import { NetZeroError } from '../core/errors.js';

/**
 * The HTTP edge of the one error type: a NetZeroError becomes `{ code, message, details }` with
 * its status from `errorStatus`; anything else is INTERNAL with a generic message — the stack
 * goes to the server log, never to the client.
 */

/** zod issues → `details`, each with a dotted path a person can find in the form. */
export function fromZodError(error: z.ZodError, where: string): NetZeroError {
  const details = error.issues.map((i) => ({
    path: [where, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  const first = details[0];
  const message = first ? `${first.path}: ${first.message}` : `${where} is invalid`;
  return new NetZeroError(
    'VALIDATION_FAILED',
    details.length > 1 ? `${message} (and ${details.length - 1} more)` : message,
    details,
  );
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof NetZeroError)
    return {
      code: error.code,
      message: error.message,
      details: error.issues.map((i) => ({ ...i })),
      ...(error.current === undefined ? {} : { current: error.current }),
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
