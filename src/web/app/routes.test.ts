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
    expect(parseHash('#/rounds').route).toEqual({ page: 'rounds' });
    expect(parseHash('#/rounds/7').route).toEqual({ page: 'round', id: 7 });
    expect(parseHash('#/rounds/7/submissions/energy/1').route).toEqual({
      page: 'submission',
      id: 7,
      sector: 'energy',
      no: 1,
    });
    expect(parseHash('#/users').route).toEqual({ page: 'users' });
  });

  it('treats anything else as not found rather than guessing', () => {
    expect(parseHash('#/measures/transport/x').route).toEqual({ page: 'notFound' });
    expect(parseHash('#/nowhere').route).toEqual({ page: 'notFound' });
    expect(parseHash('#/rounds/0').route).toEqual({ page: 'notFound' });
    expect(parseHash('#/rounds/7/submissions/energy').route).toEqual({ page: 'notFound' });
  });

  it('writes hrefs that read back as the same route, dropping empty query values', () => {
    const routes: Route[] = [
      { page: 'overview' },
      { page: 'measures' },
      { page: 'measure', sector: 'energy', no: 1 },
      { page: 'signIn' },
      { page: 'rounds' },
      { page: 'round', id: 3 },
      { page: 'submission', id: 3, sector: 'residential_commercial', no: 12 },
      { page: 'users' },
    ];
    for (const route of routes) expect(parseHash(hrefFor(route)).route).toEqual(route);
    expect(hrefFor({ page: 'measures' }, { status: 'lagging', asOf: undefined })).toBe(
      '#/measures?status=lagging',
    );
  });

  it('reads and writes the emissions page, and nothing below it', () => {
    expect(parseHash('#/emissions?city=kaohsiung').route).toEqual({ page: 'emissions' });
    expect(parseHash(hrefFor({ page: 'emissions' })).route).toEqual({ page: 'emissions' });
    expect(parseHash('#/emissions/2021').route).toEqual({ page: 'notFound' });
  });

  it('reads and writes the committee pages, and refuses paths below them', () => {
    const routes: Route[] = [
      { page: 'committee' },
      { page: 'minutes', meeting: 't7-plenary-1' },
      { page: 'committeeSecretariat' },
      { page: 'committeeMeeting', meeting: 't7-plenary-1' },
      { page: 'committeeReplies' },
      { page: 'committeeComment' },
    ];
    for (const route of routes) expect(parseHash(hrefFor(route)).route).toEqual(route);
    expect(parseHash('#/committee/meetings').route).toEqual({ page: 'notFound' });
    expect(parseHash('#/committee/replies/1').route).toEqual({ page: 'notFound' });
    expect(parseHash('#/committee/meetings/a/b').route).toEqual({ page: 'notFound' });
  });

  it('reads and writes the credits pages, and refuses paths below them', () => {
    const routes: Route[] = [
      { page: 'credits' },
      { page: 'creditProject', project: 'hancheng-electric-buses' },
    ];
    for (const route of routes) expect(parseHash(hrefFor(route)).route).toEqual(route);
    expect(parseHash('#/credits/projects').route).toEqual({ page: 'notFound' });
    expect(parseHash('#/credits/projects/a/b').route).toEqual({ page: 'notFound' });
  });
});
