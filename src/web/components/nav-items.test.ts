import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../contracts/api/session.js';
import type { Route } from '../app/routes.js';
import { navItems } from './nav-items.js';

const t = (key: string) => key;
const user = (role: SessionUser['role']): SessionUser => ({
  city: 'kaohsiung',
  username: 'u',
  displayName: null,
  role,
  agencies: [],
});
const pages = (route: Route, who: SessionUser | null | undefined) =>
  navItems(route, who, t).map((item) => item.route.page);
const currentOn = (route: Route) =>
  navItems(route, user('admin'), t).find((item) => item.current)?.label;

describe('navItems', () => {
  const publicPages = [
    'overview',
    'measures',
    'emissions',
    'committee',
    'indicators',
    'registries',
    'credits',
    'openData',
  ];

  it('shows the public pages and the sign-in link to a reader not signed in', () => {
    expect(pages({ page: 'overview' }, null)).toEqual([...publicPages, 'signIn']);
    expect(pages({ page: 'overview' }, undefined)).toEqual([...publicPages, 'signIn']);
  });

  it('adds the work pages a signed-in reader may open, by role', () => {
    expect(pages({ page: 'overview' }, user('admin'))).toEqual([
      ...publicPages,
      'reports',
      'rounds',
      'users',
    ]);
    expect(pages({ page: 'overview' }, user('agency_editor'))).toEqual([...publicPages, 'rounds']);
  });

  it('words the rounds link by role: review for the secretariat, submit for agencies', () => {
    const rounds = (role: SessionUser['role']) =>
      navItems({ page: 'overview' }, user(role), t).find((i) => i.route.page === 'rounds')?.label;
    expect(rounds('admin')).toBe('nav.review');
    expect(rounds('agency_editor')).toBe('nav.submit');
  });

  it('marks the list page current on its detail pages too', () => {
    expect(currentOn({ page: 'measure', sector: 'energy', no: 1 })).toBe('nav.measures');
    expect(currentOn({ page: 'minutes', meeting: 'm' })).toBe('nav.committee');
    expect(currentOn({ page: 'committeeReplies' })).toBe('nav.committee');
    expect(currentOn({ page: 'indicator', code: 'c' })).toBe('nav.indicators');
    expect(currentOn({ page: 'registry', kind: 'k' })).toBe('nav.registries');
    expect(currentOn({ page: 'creditProject', project: 'p' })).toBe('nav.credits');
    expect(currentOn({ page: 'submission', id: 1, sector: 'energy', no: 1 })).toBe('nav.review');
    expect(currentOn({ page: 'notFound' })).toBeUndefined();
  });
});
