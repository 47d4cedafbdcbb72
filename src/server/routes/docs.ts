import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { buildOpenApi } from '../openapi/build-openapi.js';
import { docsCss, renderDocsPage } from '../openapi/docs-page.js';

let spec: Record<string, unknown> | undefined;
const openApi = () => (spec ??= buildOpenApi());

export const docsRoutes = new Hono<AppEnv>()
  .get('/openapi.json', (c) => c.json(openApi()))
  .get('/docs', (c) => c.html(renderDocsPage(openApi())))
  .get('/docs.css', (c) => c.body(docsCss, 200, { 'Content-Type': 'text/css; charset=UTF-8' }));
