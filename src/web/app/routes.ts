/**
 * Hash routes (`#/measures?sector=energy`): any static file server can serve the app, with no
 * fallback rule for deep links, and the API paths never collide with page paths.
 */
export type Route =
  | { page: 'overview' }
  | { page: 'measures' }
  | { page: 'measure'; sector: string; no: number }
  | { page: 'signIn' }
  | { page: 'notFound' };

export interface Location {
  route: Route;
  query: URLSearchParams;
}

export function parseHash(hash: string): Location {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const query = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (parts.length === 0) return { route: { page: 'overview' }, query };
  if (first === 'measures' && parts.length === 1) return { route: { page: 'measures' }, query };
  if (first === 'measures' && second && third && /^\d+$/.test(third)) {
    return { route: { page: 'measure', sector: second, no: Number(third) }, query };
  }
  if (first === 'sign-in' && parts.length === 1) return { route: { page: 'signIn' }, query };
  return { route: { page: 'notFound' }, query };
}

/** The href of a page; `query` keeps e.g. the cut-off date across pages. */
export function hrefFor(route: Route, query?: Record<string, string | undefined>): string {
  const path = (() => {
    switch (route.page) {
      case 'overview':
      case 'notFound':
        return '/';
      case 'measures':
        return '/measures';
      case 'measure':
        return `/measures/${encodeURIComponent(route.sector)}/${route.no}`;
      case 'signIn':
        return '/sign-in';
    }
  })();
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value) params.set(key, value);
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}
