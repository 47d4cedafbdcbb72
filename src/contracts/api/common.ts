import { z } from 'zod';
import { errorCodes, type ErrorCode } from '../../core/errors.js';
import { roles } from '../../core/vocabulary/lists.js';

/**
 * Building blocks shared by every API contract. Decimals travel as strings (exact), dates as
 * ISO `YYYY-MM-DD`, and every error has the same shape whatever the endpoint.
 */
export const decimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'a decimal number written as a string, e.g. "12.5"');
/** Dates far outside any plan (year 9999, year 1) are refused here, naming the field. */
export const isoDate = z.iso
  .date()
  .refine(
    (d) => d >= '1900-01-01' && d <= '2199-12-31',
    'a date between 1900-01-01 and 2199-12-31',
  );
export const timestamp = z.string();
export const cityCode = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/);
export { roles };
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/** The one table from the stable error codes (src/core/errors.ts) to HTTP statuses. */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  UNIT_MISMATCH: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;
export type ApiErrorCode = ErrorCode;

export const apiErrorSchema = z.strictObject({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.array(
    z.strictObject({
      path: z.string(),
      /** In English, for API users and logs. */
      message: z.string(),
      /** A stable code (e.g. an upload problem's) with its parameters: the client words it. */
      code: z.string().optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
  /** CONFLICT only: the record as it is now, so the client can show it and retry. */
  current: z.unknown().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** `{ version }` of the record a client edits: a stale version gets 409 with the current state. */
export const versioned = z.strictObject({ version: z.int().min(1) });

export const okSchema = z.strictObject({ ok: z.literal(true) });
