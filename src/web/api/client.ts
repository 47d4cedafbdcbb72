import type { z } from 'zod';
import { apiErrorSchema } from '../../contracts/api/common.js';
import { ApiError } from './api-error.js';

/** Where the API lives: same origin, so the session cookie and CSP need nothing extra. */
export const API_ROOT = '/api/v1';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A file sent as it is (attachments), with its own headers; instead of a JSON body. */
  raw?: { body: Blob; headers: Record<string, string> };
  signal?: AbortSignal;
}

let csrfToken: string | null = null;
/** The server hands out the CSRF token with the session; every write sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details, current } = parsed.data;
    return new ApiError(response.status, code, message, details, current);
  }
  return new ApiError(response.status, 'INVALID_RESPONSE', `HTTP ${response.status}`);
}

/**
 * Calls the API and validates the answer with the contract's schema, so a page never renders a
 * shape it was not written for. Errors arrive as ApiError with the server's code and message.
 */
export async function apiRequest<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.raw) Object.assign(headers, options.raw.headers);
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const payload = options.raw ? options.raw.body : JSON.stringify(options.body);
  let response: Response;
  try {
    response = await fetch(`${API_ROOT}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined || options.raw ? { body: payload } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', String(cause));
  }
  if (!response.ok) throw await errorFrom(response);
  const body: unknown = response.status === 204 ? null : await response.json();
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    throw new ApiError(response.status, 'INVALID_RESPONSE', 'response failed validation', details);
  }
  return parsed.data;
}

/**
 * Checks a request body against its contract before sending; a mistake becomes the same
 * VALIDATION_FAILED error, field by field, the server would answer.
 */
export function checkedBody<Schema extends z.ZodType>(
  schema: Schema,
  value: z.input<Schema>,
): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  throw new ApiError(400, 'VALIDATION_FAILED', 'the form has mistakes', details);
}
