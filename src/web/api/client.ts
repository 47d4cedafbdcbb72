import type { z } from 'zod';
import { apiErrorSchema } from '../../contracts/api/common.js';
import {
  urlOf,
  type BodyOf,
  type EndpointShape,
  type ParamsIn,
  type PathParamName,
  type QueryOf,
  type ResponseOf,
} from '../../contracts/api/endpoint.js';
import { ApiError } from './api-error.js';

interface RequestOptions {
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

/** An endpoint the web can call: one that answers JSON it declares. */
type JsonEndpoint = EndpointShape & { response: z.ZodType };

/** What a call needs, typed by its declaration: path parameters, query, JSON or raw body. */
export type CallOptions<E extends EndpointShape> = ([PathParamName<E['path']>] extends [never]
  ? { params?: undefined }
  : { params: ParamsIn<E> }) &
  (E['query'] extends z.ZodType ? { query?: QueryOf<E, 'in'> } : { query?: undefined }) &
  (E['body'] extends z.ZodType ? { body: BodyOf<E, 'in'> } : { body?: undefined }) &
  (E['rawBody'] extends string
    ? { raw: { body: Blob; headers: Record<string, string> } }
    : { raw?: undefined }) & { signal?: AbortSignal };

/**
 * Calls an endpoint by its declaration (src/contracts/api/endpoints): the body is checked with
 * its request schema before it is sent (`checkedBody`), and the answer with its response schema,
 * so a form mistake is named here as the server would name it and a page never renders a shape
 * it was not written for. Errors arrive as ApiError with the server's code and message.
 *
 * @example call(endpoints.listUsers, { params: { city }, signal })
 */
export function call<E extends JsonEndpoint>(
  endpoint: E,
  options: CallOptions<E>,
): Promise<ResponseOf<E>> {
  const { params, query, body, raw, signal } = options as {
    params?: ParamsIn<E>;
    query?: Record<string, string | number | boolean | undefined>;
    body?: unknown;
    raw?: RequestOptions['raw'];
    signal?: AbortSignal;
  };
  const url = urlOf(endpoint, params ?? ({} as ParamsIn<E>), query);
  const method = endpoint.method.toUpperCase() as NonNullable<RequestOptions['method']>;
  return send(url, endpoint.response, {
    method,
    ...(body === undefined
      ? {}
      : { body: endpoint.body ? checkedBody(endpoint.body, body) : body }),
    ...(raw ? { raw } : {}),
    ...(signal ? { signal } : {}),
  }) as Promise<ResponseOf<E>>;
}

/**
 * `call` bound to one endpoint, for a page that passes the options as the declaration types them.
 *
 * @example caller(endpoints.assign)({ params: { city, meeting }, body })
 */
export const caller =
  <E extends JsonEndpoint>(endpoint: E) =>
  (options: CallOptions<E>) =>
    call(endpoint, options);

/** A plain link to a download: the browser sends the session cookie itself (same origin). */
export function hrefOf<E extends EndpointShape>(endpoint: E, params: ParamsIn<E>): string {
  return urlOf(endpoint, params);
}

async function send<Schema extends z.ZodType>(
  url: string,
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
    response = await fetch(url, {
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
function checkedBody<Schema extends z.ZodType>(
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
