import { z } from 'zod';
import { role, timestamp } from './common.js';

export const username = z
  .string()
  .regex(/^[a-zA-Z0-9._-]{2,64}$/, '2–64 letters, digits, dots, dashes or underscores');

/** GET /api/v1/cities/{city}/users (admin) */
export const userResponse = z.strictObject({
  username,
  displayName: z.string().nullable(),
  role,
  agencies: z.array(z.string()),
  createdAt: timestamp,
  version: z.int(),
});
export const userListResponse = z.array(userResponse);
export type UserResponse = z.infer<typeof userResponse>;

/** POST /api/v1/cities/{city}/users (admin) → userResponse */
export const createUserRequest = z.strictObject({
  username,
  displayName: z.string().max(200).optional(),
  role,
  agencies: z.array(z.string()).default([]),
  password: z.string().min(12, 'at least 12 characters').max(200),
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

/** PATCH /api/v1/cities/{city}/users/{username} (admin) → userResponse; stale version → 409. */
export const updateUserRequest = z.strictObject({
  version: z.int().min(1),
  displayName: z.string().max(200).nullable().optional(),
  role: role.optional(),
  agencies: z.array(z.string()).optional(),
  password: z.string().min(12, 'at least 12 characters').max(200).optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;

/**
 * DELETE /api/v1/cities/{city}/users/{username}?version=N (admin) → ok. The version the admin saw,
 * as every other write on a user sends it: a user changed meanwhile (say, made an admin by
 * someone else) is a 409 with `current`, not removed unseen. Your own account: 403.
 */
export const deleteUserQuery = z.strictObject({
  version: z.coerce.number().int().min(1),
});
export type DeleteUserQuery = z.infer<typeof deleteUserQuery>;
