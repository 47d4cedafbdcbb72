import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, type Route } from './routes.js';

/** Each route's href reads back as the same route. */
const expectRoundTrips = (routes: readonly Route[]) => {
  for (const route of routes) expect(parseHash(hrefFor(route)).route).toEqual(route);
};
/** Each hash is refused as not found, not guessed at. */
const expectNotFound = (...hashes: string[]) => {
  for (const hash of hashes) expect(parseHash(hash).route, hash).toEqual({ page: 'notFound' });
};

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
    expectNotFound(
      '#/measures/transport/x',
      '#/nowhere',
      '#/rounds/0',
      '#/rounds/7/submissions/energy',
    );
  });

  it('writes hrefs that read back as the same route, dropping empty query values', () => {
    expectRoundTrips([
      { page: 'overview' },
      { page: 'measures' },
      { page: 'measure', sector: 'energy', no: 1 },
      { page: 'signIn' },
      { page: 'rounds' },
      { page: 'round', id: 3 },
      { page: 'submission', id: 3, sector: 'residential_commercial', no: 12 },
      { page: 'users' },
    ]);
    expect(hrefFor({ page: 'measures' }, { status: 'lagging', asOf: undefined })).toBe(
      '#/measures?status=lagging',
    );
  });

  it('reads and writes the emissions page, and nothing below it', () => {
    expect(parseHash('#/emissions?city=kaohsiung').route).toEqual({ page: 'emissions' });
    expect(parseHash(hrefFor({ page: 'emissions' })).route).toEqual({ page: 'emissions' });
    expectNotFound('#/emissions/2021');
  });

  it('reads and writes the committee pages, and refuses paths below them', () => {
    expectRoundTrips([
      { page: 'committee' },
      { page: 'minutes', meeting: 't7-plenary-1' },
      { page: 'committeeSecretariat' },
      { page: 'committeeMeeting', meeting: 't7-plenary-1' },
      { page: 'committeeReplies' },
      { page: 'committeeComment' },
    ]);
    expectNotFound('#/committee/meetings', '#/committee/replies/1', '#/committee/meetings/a/b');
  });

  it('reads and writes the credits pages, and refuses paths below them', () => {
    expectRoundTrips([
      { page: 'credits' },
      { page: 'creditProject', project: 'hancheng-electric-buses' },
    ]);
    expectNotFound('#/credits/projects', '#/credits/projects/a/b');
  });
});
