import { z } from 'zod';

/**
 * The API's error body `{code, message, details}`. Until the server's contract lands in
 * src/contracts/api/ this mirrors it; details name the field a person has to fix.
 */
export const apiErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.object({ path: z.string().optional(), message: z.string() })).default([]),
});

/** Failures the client itself detects; the rest carry the server's stable code. */
export type ClientErrorCode = 'NETWORK' | 'INVALID_RESPONSE';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly { path?: string | undefined; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
