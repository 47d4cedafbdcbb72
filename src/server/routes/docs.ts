import { publicEndpoints as e } from '../../contracts/api/endpoints/public.js';
import { buildOpenApi } from '../openapi/build-openapi.js';
import { docsCss, renderDocsPage } from '../openapi/docs-page.js';
import { route } from '../route.js';

let spec: Record<string, unknown> | undefined;
const openApi = () => (spec ??= buildOpenApi());

export const docsRoutes = [
  route(e.openApi, { handle: ({ c }) => c.json(openApi()) }),
  route(e.docsPage, { handle: ({ c }) => c.html(renderDocsPage(openApi())) }),
  route(e.docsStyles, {
    handle: ({ c }) => c.body(docsCss, 200, { 'Content-Type': 'text/css; charset=UTF-8' }),
  }),
];
