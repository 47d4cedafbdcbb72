import { z } from 'zod';
import { apiErrorSchema, errorStatus } from '../../contracts/api/common.js';
import { endpoints, type Endpoint } from './endpoints.js';

type JsonObject = Record<string, unknown>;

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonObject;

function parameters(e: Endpoint): JsonObject[] {
  const path = [...e.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (!e.query) return path;
  const query = schema(e.query, 'input') as {
    properties?: Record<string, JsonObject>;
    required?: string[];
  };
  return [
    ...path,
    ...Object.entries(query.properties ?? {}).map(([name, s]) => ({
      name,
      in: 'query',
      required: query.required?.includes(name) ?? false,
      schema: s,
    })),
  ];
}

function operation(e: Endpoint): JsonObject {
  const errors = Object.fromEntries(
    [...new Set(Object.values(errorStatus))].map((status) => [
      String(status),
      { $ref: '#/components/responses/Error' },
    ]),
  );
  const ok = e.rawResponse
    ? {
        description: 'the file',
        content: { [e.rawResponse]: { schema: { type: 'string', format: 'binary' } } },
      }
    : {
        description: 'OK',
        content: {
          'application/json': {
            schema: e.response ? schema(e.response, 'output') : { type: 'object' },
          },
        },
      };
  return {
    summary: e.summary,
    description: `Who may call it: ${e.access}.`,
    parameters: parameters(e),
    ...(e.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(e.body, 'input') } },
          },
        }
      : {}),
    ...(e.rawBody
      ? {
          requestBody: {
            required: true,
            content: { [e.rawBody]: { schema: { type: 'string', format: 'binary' } } },
          },
        }
      : {}),
    responses: { [String(e.status ?? 200)]: ok, ...errors },
  };
}

/** OpenAPI 3.1 (JSON Schema 2020-12) from the same zod schemas that validate every request. */
export function buildOpenApi(): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const e of endpoints) paths[e.path] = { ...(paths[e.path] ?? {}), [e.method]: operation(e) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Net-Zero Tracker API (淨零管考平台)',
      version: '1',
      description:
        'Decimals are strings, dates ISO YYYY-MM-DD. Sign in with POST /session; send the csrfToken from GET /session as X-CSRF-Token on every POST, PUT, PATCH and DELETE. Errors: {code, message, details[{path, message}]}.',
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: {
      schemas: { Error: schema(apiErrorSchema, 'output') },
      responses: {
        Error: {
          description: 'an error with a stable code',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'nz_session' } },
    },
  };
}
