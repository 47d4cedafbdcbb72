import { expect, it } from 'vitest';
import { buildOpenApi } from './build-openapi.js';
import { renderDocsPage } from './docs-page.js';
import { endpointList as endpoints } from '../../contracts/api/endpoints/index.js';

const spec = buildOpenApi() as {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: {
          content: Record<
            string,
            { schema: { properties?: Record<string, unknown>; required?: string[] } }
          >;
        };
        responses: Record<string, unknown>;
      }
    >
  >;
};

it('describes every endpoint as OpenAPI 3.1 with request and response schemas from the contracts', () => {
  expect(spec.openapi).toBe('3.1.0');
  for (const e of endpoints)
    expect(spec.paths[e.path]?.[e.method], `${e.method} ${e.path}`).toBeDefined();
  const login = spec.paths['/session']?.post;
  expect(login?.requestBody?.content['application/json']?.schema.required).toEqual([
    'city',
    'username',
    'password',
  ]);
  expect(Object.keys(login?.responses ?? {})).toEqual(
    expect.arrayContaining(['200', '400', '401', '403', '409', '413', '429', '500']),
  );
  const save = spec.paths['/cities/{city}/rounds/{id}/submissions/{sector}/{no}']?.put;
  expect(
    Object.keys(save?.requestBody?.content['application/json']?.schema.properties ?? {}),
  ).toEqual(['version', 'figures', 'qualitativeText', 'laggingExplanation']);
});

it('renders a docs page without any script', () => {
  const html = renderDocsPage(buildOpenApi());
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son\w+=/i);
  expect(html).toContain('/api/v1/cities/{city}/plans/{plan}/summary');
});
