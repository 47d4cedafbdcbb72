import { z } from 'zod';
import { cityCode, role } from './common.js';

/** The signed-in user as the SPA sees it. */
export const sessionUser = z.strictObject({
  city: cityCode,
  username: z.string(),
  displayName: z.string().nullable(),
  role,
  /** agency_editor only: the agencies whose measures this user may report. */
  agencies: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUser>;

/**
 * GET /api/v1/session → who is signed in (null when nobody) and the CSRF token the SPA must send
 * as the `X-CSRF-Token` header on every POST/PUT/PATCH/DELETE.
 */
export const sessionResponse = z.strictObject({
  user: sessionUser.nullable(),
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

/** POST /api/v1/session (sign in) → sessionResponse; DELETE /api/v1/session (sign out) → ok. */
export const loginRequest = z.strictObject({
  city: cityCode,
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;
