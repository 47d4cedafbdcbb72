import { userEndpoints as e } from '../../contracts/api/endpoints/users.js';
import { forbidden, NetZeroError } from '../../core/errors.js';
import {
  createUser,
  deleteUser,
  listUsers,
  publicFields,
  updateUser,
} from '../../db/accounts/users.js';
import { hashPassword } from '../auth/password.js';
import { route } from '../route.js';

/** User management: a city's administrators only. */
export const userRoutes = [
  route(e.listUsers, {
    handle: async ({ deps, params }) => (await listUsers(deps.db, params.city)).map(publicFields),
  }),
  route(e.createUser, {
    handle: async ({ deps, params, body, user }) =>
      publicFields(
        await createUser(
          deps.db,
          {
            city: params.city,
            username: body.username,
            displayName: body.displayName,
            role: body.role,
            agencies: body.agencies,
            passwordHash: await hashPassword(body.password),
          },
          user.username,
        ),
      ),
  }),
  route(e.updateUser, {
    handle: async ({ deps, params: { city, username }, body, user: actor }) => {
      // An admin who makes themselves something else could leave the city with no admin, as
      // removing themselves could (below); another admin must do it.
      if (username === actor.username && body.role !== undefined && body.role !== 'admin')
        throw forbidden(
          `you cannot change your own role: another admin of ${city} must do it, so the city is never left without one`,
          [{ path: 'role', message: 'your own role' }],
        );
      const user = await updateUser(
        deps.db,
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
      return publicFields(user);
    },
  }),
  // `?version=` is required, like `version` in every other write on a user (the PATCH above): a
  // user changed since the admin looked is a 409 with `current`, not removed unseen.
  route(e.deleteUser, {
    handle: async ({ deps, params: { city, username }, query, user: actor }) => {
      // Removing an admin leaves the one who did it; only removing yourself could leave none.
      // FORBIDDEN, not CONFLICT: no reload makes it possible, only another admin can do it.
      if (username === actor.username)
        throw forbidden(
          `you cannot remove your own account "${username}": another admin of ${city} must do it, so the city is never left without one`,
          [{ path: 'username', message: 'your own account' }],
        );
      const removed = await deleteUser(deps.db, city, username, actor.username, query.version);
      if (!removed)
        throw new NetZeroError('NOT_FOUND', `no user "${username}" in ${city}`, [
          { path: 'username', message: 'not found' },
        ]);
      return { ok: true as const };
    },
  }),
];
