import { z } from 'zod';
import { apiErrorSchema, errorStatus } from '../../contracts/api/common.js';
import { apiRoot, type EndpointShape as Endpoint } from '../../contracts/api/endpoint.js';
import { endpointList } from '../../contracts/api/endpoints/index.js';
import { rolesFor } from '../../core/permissions.js';

type JsonObject = Record<string, unknown>;

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonObject;

/** Who may call it, in words: the declaration's own, else its policy's roles. */
export function accessOf(e: Endpoint): string {
  if (e.access) return e.access;
  if (!e.policy) return 'anyone';
  const roles = rolesFor(e.policy).join(', ');
  return e.agencyScoped ? `${roles} (agency editors: their agencies' only)` : roles;
}

function parameters(e: Endpoint): JsonObject[] {
  const path = [...e.path.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => {
    const declared = e.params?.[name];
    return {
      name,
      in: 'path',
      required: true,
      schema: declared ? schema(declared, 'input') : { type: 'string' },
    };
  });
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
    description: `Who may call it: ${accessOf(e)}.`,
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
  for (const e of endpointList)
    paths[e.path] = { ...(paths[e.path] ?? {}), [e.method]: operation(e) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Net-Zero Tracker API (淨零管考平台)',
      version: '1',
      description:
        'Decimals are strings, dates ISO YYYY-MM-DD. Sign in with POST /session; send the csrfToken from GET /session as X-CSRF-Token on every POST, PUT, PATCH and DELETE. Errors: {code, message, details[{path, message}]}.',
    },
    servers: [{ url: apiRoot }],
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
