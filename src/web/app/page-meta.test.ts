import { describe, expect, it } from 'vitest';
import { interpolate } from '../../core/catalog/catalog.js';
import type { Translate } from '../i18n/i18n.js';
import { en } from '../i18n/en.js';
import { zhTW } from '../i18n/zh-TW.js';
import { pageMeta } from './page-meta.js';
import type { Route } from './routes.js';

const zh: Translate = (key, params) => interpolate(zhTW[key], params);
const english: Translate = (key, params) => interpolate(en[key], params);

const publicRoutes: Route[] = [
  { page: 'overview' },
  { page: 'measures' },
  { page: 'emissions' },
  { page: 'openData' },
  { page: 'committee' },
  { page: 'indicators' },
  { page: 'registries' },
  { page: 'credits' },
];

describe('pageMeta', () => {
  it('gives every public page its own title and description, in each language', () => {
    for (const t of [zh, english]) {
      const metas = publicRoutes.map((route) => pageMeta(route, t));
      expect(new Set(metas.map((m) => m.title)).size).toBe(publicRoutes.length);
      expect(new Set(metas.map((m) => m.description)).size).toBe(publicRoutes.length);
    }
    expect(pageMeta({ page: 'emissions' }, zh).title).toBe('排放與碳預算 · 淨零管考平台');
    expect(pageMeta({ page: 'emissions' }, english).title).toBe(
      'Emissions & budgets · Net-Zero Tracker',
    );
    expect(pageMeta({ page: 'measures' }, english).description).toMatch(/measure/);
  });

  it('names a detail page after its list and describes it on its own', () => {
    const measure = pageMeta({ page: 'measure', sector: 'transport', no: 1 }, zh);
    expect(measure.title).toBe('措施列表 · 淨零管考平台');
    expect(measure.description).not.toBe(pageMeta({ page: 'measures' }, zh).description);
  });

  it('gives the canonical address without the query, the overview at the root', () => {
    expect(pageMeta({ page: 'overview' }, zh).canonicalHref).toBe('./');
    expect(pageMeta({ page: 'measure', sector: 'transport', no: 1 }, zh).canonicalHref).toBe(
      './#/measures/transport/1',
    );
  });
});
