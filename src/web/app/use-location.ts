import { useEffect, useState } from 'react';
import { parseHash, type Location } from './routes.js';

/** The current hash route; moves focus to the main heading on navigation for screen readers. */
export function useLocation(): Location {
  const [location, setLocation] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setLocation(parseHash(window.location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return location;
}

/** Replaces the query of the current route (filters) without adding a history entry per key. */
export function replaceQuery(query: URLSearchParams): void {
  const [path = ''] = window.location.hash.split('?');
  const search = query.toString();
  const hash = `${path || '#/'}${search ? `?${search}` : ''}`;
  window.history.replaceState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
