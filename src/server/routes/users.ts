import { Hono } from 'hono';
import {
  createUserRequest,
  updateUserRequest,
  userListResponse,
  userResponse,
} from '../../contracts/api/users.js';
import { createUser, listUsers, publicFields, updateUser } from '../../db/accounts/users.js';
import { hashPassword } from '../auth/password.js';
import type { AppEnv } from '../context.js';
import { authorize } from '../policies.js';
import { readBody, reply } from '../validate.js';

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
  });
