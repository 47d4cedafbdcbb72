import { refuseUnsafeText } from './unsafe-text.js';
import type { Context } from 'hono';
import type { z } from 'zod';
import {
  apiRoot,
  routePattern,
  type BodyOf,
  type EndpointShape,
  type ParamsOf,
  type QueryOf,
  type ResponseOf,
} from '../contracts/api/endpoint.js';
import type { SessionUser } from '../contracts/api/session.js';
import { NetZeroError } from '../core/errors.js';
import type { AppEnv, ServerDeps } from './context.js';
import { authorize } from './policies.js';
import { readBody, readQuery, reply } from './validate.js';

/** What a handler gets: everything already authorized and parsed by its declaration. */
export interface RouteInput<E extends EndpointShape> {
  c: Context<AppEnv>;
  deps: ServerDeps;
  /** Signed in and allowed when the endpoint has a policy; null for anonymous callers otherwise. */
  user: E['policy'] extends null ? SessionUser | null : SessionUser;
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
}

type Reply<E extends EndpointShape> =
  Response | (E['response'] extends z.ZodType ? ResponseOf<E, 'in'> : never);

interface Handlers<E extends EndpointShape> {
  /** A rate limit, counted before anything of the request is read (it throws RATE_LIMITED). */
  limit?: (input: { c: Context<AppEnv>; deps: ServerDeps }) => void;
  handle: (input: RouteInput<E>) => Reply<E> | Promise<Reply<E>>;
}

/** Which agency the thing a request addresses belongs to (null: none), from its path params. */
export type AgencyLookup<P> = (input: {
  deps: ServerDeps;
  params: P;
  city: string;
}) => Promise<string | null>;

type AgencyOf<E extends EndpointShape> = AgencyLookup<ParamsOf<E>>;

/**
 * An agency-scoped endpoint's handlers must say which agency the addressed thing belongs to
 * (null: none); it is checked after the city, so another city's users learn nothing of it.
 */
export type RouteHandlers<E extends EndpointShape> = Handlers<E> &
  (E['agencyScoped'] extends true ? { agencyOf: AgencyOf<E> } : { agencyOf?: never });

/** A handler attached to its declaration, ready for registerRoutes. */
export interface Route {
  endpoint: EndpointShape;
  run: (c: Context<AppEnv>) => Promise<Response>;
}

function readParams(c: Context<AppEnv>, e: EndpointShape): Record<string, unknown> {
  const raw = c.req.param() as Record<string, string>;
  const params: Record<string, unknown> = { ...raw };
  for (const [name, text] of Object.entries(raw)) refuseUnsafeText(text, name);
  for (const [name, schema] of Object.entries(e.params ?? {})) {
    const text = raw[name] ?? '';
    const parsed = schema.safeParse(text);
    if (!parsed.success) {
      const why = parsed.error.issues[0]?.message ?? 'invalid';
      throw new NetZeroError(
        'VALIDATION_FAILED',
        `${name} must be ${schema.description ?? 'valid'}, not "${text}"`,
        [{ path: name, message: why }],
      );
    }
    params[name] = parsed.data;
  }
  return params;
}

/**
 * Attaches a handler to an endpoint's declaration. The pipeline is the declaration's: rate
 * limit → authorize the policy in `{city}` → path parameters → the agency check, if any →
 * query → JSON body → handle → reply through the response contract with the declared status.
 */
export function route<const E extends EndpointShape>(
  endpoint: E,
  handlers: RouteHandlers<E>,
): Route {
  const run = async (c: Context<AppEnv>): Promise<Response> => {
    const deps = c.var.deps;
    const city = c.req.param('city') ?? '';
    handlers.limit?.({ c, deps });
    const user = endpoint.policy ? authorize(c.var.user, city, endpoint.policy) : c.var.user;
    const params = readParams(c, endpoint) as ParamsOf<E>;
    const { agencyOf } = handlers as { agencyOf?: AgencyOf<E> };
    if (endpoint.policy && endpoint.agencyScoped) {
      if (!agencyOf) throw new NetZeroError('INTERNAL', `${endpoint.path}: no agencyOf`);
      authorize(user, city, endpoint.policy, await agencyOf({ deps, params, city }));
    }
    const query = (endpoint.query ? readQuery(c, endpoint.query) : undefined) as QueryOf<E>;
    const body = (endpoint.body ? await readBody(c, endpoint.body) : undefined) as BodyOf<E>;
    const input = { c, deps, user, params, query, body } as RouteInput<E>;
    const result: unknown = await handlers.handle(input);
    if (result instanceof Response) return result;
    if (!endpoint.response)
      throw new NetZeroError(
        'INTERNAL',
        `${endpoint.path} answered data it declares no schema for`,
      );
    return reply(c, endpoint.response, result, endpoint.status ?? 200);
  };
  return { endpoint, run };
}

/** Serves each route at its declared method and path under `apiRoot`. */
export function registerRoutes(
  app: { on: (method: string, path: string, handler: Route['run']) => unknown },
  routes: readonly Route[],
): void {
  for (const r of routes)
    app.on(r.endpoint.method.toUpperCase(), `${apiRoot}${routePattern(r.endpoint)}`, r.run);
}
