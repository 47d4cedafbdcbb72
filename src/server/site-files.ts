import type { Hono } from 'hono';
import type { AppEnv } from './context.js';

/**
 * The public pages a crawler may list, as the web app addresses them today (hash routes: a
 * crawler that drops the fragment sees one page until the pages have real paths, issue #19).
 */
export const publicPagePaths = [
  '/',
  '/#/measures',
  '/#/emissions',
  '/#/committee',
  '/#/indicators',
  '/#/registries',
  '/#/credits',
  '/#/open-data',
] as const;

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** robots.txt (everything but the API may be crawled) and sitemap.xml, on this host's origin. */
export function registerSiteFiles(app: Hono<AppEnv>): void {
  app.get('/robots.txt', (c) => {
    const origin = new URL(c.req.url).origin;
    return c.text(`User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${origin}/sitemap.xml\n`);
  });
  app.get('/sitemap.xml', (c) => {
    const origin = new URL(c.req.url).origin;
    const urls = publicPagePaths.map(
      (path) => `  <url><loc>${xmlEscape(origin + path)}</loc></url>`,
    );
    return c.body(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ...urls,
        '</urlset>',
        '',
      ].join('\n'),
      200,
      { 'Content-Type': 'application/xml; charset=UTF-8' },
    );
  });
}
