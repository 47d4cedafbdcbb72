import { Hono } from 'hono';
import { okSchema } from '../../contracts/api/common.js';
import {
  createUserRequest,
  deleteUserQuery,
  updateUserRequest,
  userListResponse,
  userResponse,
} from '../../contracts/api/users.js';
import {
  createUser,
  deleteUser,
  listUsers,
  publicFields,
  updateUser,
} from '../../db/accounts/users.js';
import { hashPassword } from '../auth/password.js';
import type { AppEnv } from '../context.js';
import { ApiFailure } from '../errors.js';
import { authorize } from '../policies.js';
import { readBody, readQuery, reply } from '../validate.js';

/** User management: a city's administrators only. */
export const userRoutes = new Hono<AppEnv>()
  .get('/cities/:city/users', async (c) => {
    const city = c.req.param('city');
    authorize(c.var.user, city, 'users.manage');
    const users = await listUsers(c.var.deps.db, city);
    return reply(c, userListResponse, users.map(publicFields));
  })
  .post('/cities/:city/users', async (c) => {
    const city = c.req.param('city');
    const actor = authorize(c.var.user, city, 'users.manage');
    const body = await readBody(c, createUserRequest);
    const user = await createUser(
      c.var.deps.db,
      {
        city,
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        agencies: body.agencies,
        passwordHash: await hashPassword(body.password),
      },
      actor.username,
    );
    return reply(c, userResponse, publicFields(user), 201);
  })
  .patch('/cities/:city/users/:username', async (c) => {
    const { city, username } = c.req.param();
    const actor = authorize(c.var.user, city, 'users.manage');
    const body = await readBody(c, updateUserRequest);
    // An admin who makes themselves something else could leave the city with no admin, as
    // removing themselves could (below); another admin must do it.
    if (username === actor.username && body.role !== undefined && body.role !== 'admin')
      throw new ApiFailure(
        'FORBIDDEN',
        `you cannot change your own role: another admin of ${city} must do it, so the city is never left without one`,
        [{ path: 'role', message: 'your own role' }],
      );
    const user = await updateUser(
      c.var.deps.db,
      city,
      username,
      {
        version: body.version,
        displayName: body.displayName,
        role: body.role,
        agencies: body.agencies,
        passwordHash: body.password === undefined ? undefined : await hashPassword(body.password),
      },
      actor.username,
    );
    return reply(c, userResponse, publicFields(user));
  })
  // `?version=` is required, like `version` in every other write on a user (the PATCH above): a
  // user changed since the admin looked is a 409 with `current`, not removed unseen.
  .delete('/cities/:city/users/:username', async (c) => {
    const { city, username } = c.req.param();
    const actor = authorize(c.var.user, city, 'users.manage');
    // Removing an admin leaves the one who did it; only removing yourself could leave none.
    // FORBIDDEN, not CONFLICT: no reload makes it possible, only another admin can do it.
    if (username === actor.username)
      throw new ApiFailure(
        'FORBIDDEN',
        `you cannot remove your own account "${username}": another admin of ${city} must do it, so the city is never left without one`,
        [{ path: 'username', message: 'your own account' }],
      );
    const { version } = readQuery(c, deleteUserQuery);
    const removed = await deleteUser(c.var.deps.db, city, username, actor.username, version);
    if (!removed)
      throw new ApiFailure('NOT_FOUND', `no user "${username}" in ${city}`, [
        { path: 'username', message: 'not found' },
      ]);
    return reply(c, okSchema, { ok: true });
  });
