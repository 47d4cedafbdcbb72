import { z } from 'zod';
import type { Action } from '../../core/permissions.js';

/**
 * One HTTP endpoint, declared once: the server registers its route from this (path, method, body
 * limit, validation, authorization, reply), the OpenAPI document and the authorization matrix
 * test list it, and the web calls it through `urlOf` with types inferred from it.
 */
export interface EndpointShape {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Relative to `apiRoot`, path parameters in braces (OpenAPI form): `/cities/{city}/users`. */
  path: string;
  summary: string;
  /**
   * The permission checked in the path's `{city}` before anything else runs; null for what anyone
   * may call (such endpoints may still show more to some, e.g. drafts to `emissions.drafts`).
   */
  policy: Action | null;
  /**
   * The policy is checked against the agency of the thing addressed, too (an agency editor
   * reaches only their agencies' measures); the server's handler says how to find that agency.
   */
  agencyScoped?: true;
  /** Who may call it, for people reading the docs, when the policy alone does not say it all. */
  access?: string;
  /** Path parameters that are not plain strings (whole numbers, a fixed list). */
  params?: Readonly<Record<string, z.ZodType<unknown, string>>>;
  query?: z.ZodType;
  /** A JSON body. */
  body?: z.ZodType;
  /** A raw body instead of JSON (uploads): its content type. */
  rawBody?: string;
  /** A JSON response, validated on the way out. */
  response?: z.ZodType;
  /** A raw response instead of JSON (downloads): its content type. */
  rawResponse?: string;
  status?: 200 | 201;
  /** Bytes the request body may take (default `jsonBodyLimit`). */
  bodyLimit?: number;
}

/** Declares an endpoint, keeping its literal path and its schemas' types for inference. */
export function endpoint<const E extends EndpointShape>(declaration: E): E {
  return declaration;
}

export const apiRoot = '/api/v1';
export const jsonBodyLimit = 256 * 1024;

/** A path parameter that is a whole number (ids, measure numbers, years). */
export const wholeNumberParam = z
  .string()
  .regex(/^\d{1,9}$/, 'not a whole number')
  .transform(Number)
  .describe('a whole number');

/** `'/cities/{city}/users/{username}'` → `'city' | 'username'`. */
export type PathParamName<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamName<Rest>
  : never;

/** A parameter's declared schema's output, or a string when it has none. */
type ParamValue<E extends EndpointShape, K> =
  E['params'] extends Record<string, z.ZodType>
    ? K extends keyof E['params']
      ? z.output<E['params'][K]>
      : string
    : string;

/** The path parameters as a handler receives them: parsed by their schemas, else strings. */
export type ParamsOf<E extends EndpointShape> = {
  [K in PathParamName<E['path']>]: ParamValue<E, K>;
};

/** The path parameters as a caller gives them: a number where the endpoint expects one. */
export type ParamsIn<E extends EndpointShape> = {
  [K in PathParamName<E['path']>]: ParamValue<E, K> extends string ? string : string | number;
};

type Infer<S, Io extends 'in' | 'out'> = S extends z.ZodType
  ? Io extends 'in'
    ? z.input<S>
    : z.output<S>
  : undefined;

export type QueryOf<E extends EndpointShape, Io extends 'in' | 'out' = 'out'> = Infer<
  E['query'],
  Io
>;
export type BodyOf<E extends EndpointShape, Io extends 'in' | 'out' = 'out'> = Infer<E['body'], Io>;
export type ResponseOf<E extends EndpointShape, Io extends 'in' | 'out' = 'out'> = Infer<
  E['response'],
  Io
>;

/** `/cities/{city}/users` → `/cities/:city/users` (Hono's form). */
export function routePattern(e: EndpointShape): string {
  return e.path.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * The URL of a call, under `apiRoot`: parameters encoded, the query's defined values appended.
 *
 * @example urlOf(endpoints.deleteUser, { city: 'kaohsiung', username: 'a b' }, { version: 3 })
 *   // '/api/v1/cities/kaohsiung/users/a%20b?version=3'
 */
export function urlOf<E extends EndpointShape>(
  e: E,
  params: ParamsIn<E>,
  query?: Readonly<Record<string, string | number | boolean | undefined>>,
): string {
  const values = params as Record<string, string | number>;
  const path = e.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${e.path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {}))
    if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return `${apiRoot}${path}${text ? `?${text}` : ''}`;
}
