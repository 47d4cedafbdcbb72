import { refuseUnsafeText } from './unsafe-text.js';
import type { Context } from 'hono';
import type { z } from 'zod';
import { NetZeroError } from '../core/errors.js';
import { fromZodError } from './errors.js';

/** Parses the JSON body with its contract; a non-JSON body is a VALIDATION_FAILED naming `body`. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new NetZeroError(
      'VALIDATION_FAILED',
      'the body must be JSON (Content-Type: application/json)',
      [{ path: 'body', message: 'not JSON' }],
    );
  }
  refuseUnsafeText(raw, 'body');
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, 'body');
  return parsed.data;
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const raw = c.req.query();
  refuseUnsafeText(raw, 'query');
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, 'query');
  return parsed.data;
}

/** Every response goes through its contract too: a server that breaks its own promise fails loudly. */
export function reply<S extends z.ZodType>(
  c: Context,
  schema: S,
  data: z.input<S>,
  status: 200 | 201 = 200,
): Response {
  return c.json(schema.parse(data) as object, status);
}
