import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, type Route } from './routes.js';

describe('hash routes', () => {
  it('reads each page and its query', () => {
    expect(parseHash('').route).toEqual({ page: 'overview' });
    expect(parseHash('#/').route).toEqual({ page: 'overview' });
    const list = parseHash('#/measures?sector=energy&q=%E5%A4%AA');
    expect(list.route).toEqual({ page: 'measures' });
    expect(list.query.get('q')).toBe('太');
    expect(parseHash('#/measures/transport/12').route).toEqual({
      page: 'measure',
      sector: 'transport',
      no: 12,
    });
    expect(parseHash('#/sign-in').route).toEqual({ page: 'signIn' });
  });

  it('treats anything else as not found rather than guessing', () => {
    expect(parseHash('#/measures/transport/x').route).toEqual({ page: 'notFound' });
    expect(parseHash('#/nowhere').route).toEqual({ page: 'notFound' });
  });

  it('writes hrefs that read back as the same route, dropping empty query values', () => {
    const routes: Route[] = [
      { page: 'overview' },
      { page: 'measures' },
      { page: 'measure', sector: 'energy', no: 1 },
      { page: 'signIn' },
    ];
    for (const route of routes) expect(parseHash(hrefFor(route)).route).toEqual(route);
    expect(hrefFor({ page: 'measures' }, { status: 'lagging', asOf: undefined })).toBe(
      '#/measures?status=lagging',
    );
  });
});
