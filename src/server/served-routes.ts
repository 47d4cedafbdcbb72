import { apiRoot, routePattern, type EndpointShape } from '../contracts/api/endpoint.js';

/** A route as Hono lists it in `app.routes`. */
export interface ServedRoute {
  method: string;
  path: string;
}

/**
 * Compares what an app serves under `apiRoot` with what is declared: routes served but not
 * declared (a handler registered by hand, missing from the docs, the matrix and the client) and
 * declared but not served (a declaration without its handler). Middleware and the API's
 * not-found answer are registered for every method ('ALL') and are not endpoints.
 */
export function compareServedRoutes(
  served: readonly ServedRoute[],
  declared: readonly EndpointShape[],
): { undeclared: string[]; unserved: string[] } {
  const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;
  const servedKeys = new Set(
    served
      .filter((r) => r.method !== 'ALL' && r.path.startsWith(`${apiRoot}/`))
      .map((r) => key(r.method, r.path)),
  );
  const declaredKeys = new Set(declared.map((e) => key(e.method, apiRoot + routePattern(e))));
  return {
    undeclared: [...servedKeys].filter((k) => !declaredKeys.has(k)).sort(),
    unserved: [...declaredKeys].filter((k) => !servedKeys.has(k)).sort(),
  };
}
