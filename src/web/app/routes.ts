/**
 * Hash routes (`#/measures?sector=energy`): any static file server can serve the app, with no
 * fallback rule for deep links, and the API paths never collide with page paths.
 */
export type Route =
  | { page: 'overview' }
  | { page: 'measures' }
  | { page: 'measure'; sector: string; no: number }
  | { page: 'signIn' }
  | { page: 'rounds' }
  | { page: 'round'; id: number }
  | { page: 'submission'; id: number; sector: string; no: number }
  | { page: 'users' }
  // Downloads (report-downloads): the secretariat's results reports, the public open data.
  | { page: 'reports' }
  | { page: 'openData' }
  | { page: 'emissions' }
  // The committee (推動會): published minutes and follow-up for all; work pages by role.
  | { page: 'committee' }
  | { page: 'minutes'; meeting: string }
  | { page: 'committeeSecretariat' }
  | { page: 'committeeMeeting'; meeting: string }
  | { page: 'committeeReplies' }
  | { page: 'committeeComment' }
  // The sustainability indicators (永續發展指標), public.
  | { page: 'indicators' }
  | { page: 'indicator'; code: string }
  // Registries (登錄清冊): anyone reads them.
  | { page: 'registries' }
  | { page: 'registry'; kind: string }
  // The credits registry (減量額度): offset projects and each one's public registry page.
  | { page: 'credits' }
  | { page: 'creditProject'; project: string }
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
  if (first === 'users' && parts.length === 1) return { route: { page: 'users' }, query };
  if (first === 'emissions' && parts.length === 1) return { route: { page: 'emissions' }, query };
  if (first === 'rounds') return { route: roundRoute(parts.slice(1)), query };
  if (first === 'reports' && parts.length === 1) return { route: { page: 'reports' }, query };
  if (first === 'open-data' && parts.length === 1) return { route: { page: 'openData' }, query };
  if (first === 'committee') return { route: committeeRoute(parts.slice(1)), query };
  if (first === 'indicators' && parts.length <= 2)
    return { route: second ? { page: 'indicator', code: second } : { page: 'indicators' }, query };
  if (first === 'registries' && parts.length === 1) return { route: { page: 'registries' }, query };
  if (first === 'registries' && second && parts.length === 2)
    return { route: { page: 'registry', kind: second }, query };
  if (first === 'credits') return { route: creditsRoute(parts.slice(1)), query };
  return { route: { page: 'notFound' }, query };
}

const WHOLE = /^[1-9]\d*$/;

/** `rounds/7` and `rounds/7/submissions/energy/1`. */
function roundRoute([id, submissions, sector, no, ...rest]: string[]): Route {
  if (id === undefined) return { page: 'rounds' };
  if (!WHOLE.test(id)) return { page: 'notFound' };
  if (submissions === undefined) return { page: 'round', id: Number(id) };
  if (submissions === 'submissions' && sector && no && WHOLE.test(no) && rest.length === 0) {
    return { page: 'submission', id: Number(id), sector, no: Number(no) };
  }
  return { page: 'notFound' };
}

/**
 * `committee`, `committee/meetings/t7-plenary-1` (its minutes), `committee/secretariat` and
 * `committee/secretariat/t7-plenary-1`, `committee/replies`, `committee/comment`.
 */
function committeeRoute([first, second, ...rest]: string[]): Route {
  if (rest.length > 0) return { page: 'notFound' };
  if (first === undefined) return { page: 'committee' };
  if (first === 'meetings' && second) return { page: 'minutes', meeting: second };
  if (first === 'secretariat') {
    return second
      ? { page: 'committeeMeeting', meeting: second }
      : { page: 'committeeSecretariat' };
  }
  if (second !== undefined) return { page: 'notFound' };
  if (first === 'replies') return { page: 'committeeReplies' };
  if (first === 'comment') return { page: 'committeeComment' };
  return { page: 'notFound' };
}

/** `credits` and `credits/projects/hancheng-electric-buses`. */
function creditsRoute([first, second, ...rest]: string[]): Route {
  if (first === undefined) return { page: 'credits' };
  if (first === 'projects' && second && rest.length === 0)
    return { page: 'creditProject', project: second };
  return { page: 'notFound' };
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
      case 'users':
        return '/users';
      case 'emissions':
        return '/emissions';
      case 'rounds':
        return '/rounds';
      case 'round':
        return `/rounds/${route.id}`;
      case 'submission':
        return `/rounds/${route.id}/submissions/${encodeURIComponent(route.sector)}/${route.no}`;
      case 'reports':
        return '/reports';
      case 'openData':
        return '/open-data';
      case 'committee':
        return '/committee';
      case 'minutes':
        return `/committee/meetings/${encodeURIComponent(route.meeting)}`;
      case 'committeeSecretariat':
        return '/committee/secretariat';
      case 'committeeMeeting':
        return `/committee/secretariat/${encodeURIComponent(route.meeting)}`;
      case 'committeeReplies':
        return '/committee/replies';
      case 'committeeComment':
        return '/committee/comment';
      case 'indicators':
        return '/indicators';
      case 'indicator':
        return `/indicators/${encodeURIComponent(route.code)}`;
      case 'registries':
        return '/registries';
      case 'registry':
        return `/registries/${encodeURIComponent(route.kind)}`;
      case 'credits':
        return '/credits';
      case 'creditProject':
        return `/credits/projects/${encodeURIComponent(route.project)}`;
    }
  })();
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value) params.set(key, value);
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}
