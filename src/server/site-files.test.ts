import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Tables } from '../db/tables.js';
import { createApp } from './app.js';

const app = createApp({ db: {} as unknown as Kysely<Tables>, engine: 'postgres' });

it('serves a robots.txt that keeps crawlers out of the API and names the sitemap', async () => {
  const res = await app.request('http://example.org/robots.txt');
  expect(res.headers.get('Content-Type')).toContain('text/plain');
  const text = await res.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
  expect(text).toMatch(/^Sitemap: http:\/\/example\.org\/sitemap\.xml$/m);
});

it('lists the public pages in sitemap.xml, with absolute addresses on the same origin', async () => {
  const res = await app.request('http://example.org/sitemap.xml');
  expect(res.headers.get('Content-Type')).toContain('application/xml');
  const locs = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toContain('http://example.org/');
  expect(locs).toContain('http://example.org/#/measures');
  expect(locs).toContain('http://example.org/#/open-data');
  expect(locs.some((loc) => loc?.includes('sign-in') || loc?.includes('rounds'))).toBe(false);
});
