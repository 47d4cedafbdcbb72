import { role as roleSchema } from '../../contracts/api/common.js';
import { createUserRequest } from '../../contracts/api/users.js';
import { createUser, deleteUser, listUsers } from '../../db/accounts/users.js';
import { hashPassword } from '../../server/auth/password.js';
import { requireFlag, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { readSecret } from '../read-secret.js';
import { cliActor } from './cli-actor.js';

type UserFlags = Flags<{
  city: 'string';
  role: 'string';
  agency: 'strings';
  username: 'string';
  name: 'string';
}>;

/** `netzero user add`: an account of a city; the password from a prompt or stdin only. */
export async function userAdd({ values }: UserFlags, io: CliIo): Promise<number> {
  const city = requireFlag(values.city, 'city');
  const role = roleSchema.safeParse(requireFlag(values.role, 'role'));
  if (!role.success) throw usage(`--role must be one of ${roleSchema.options.join(', ')}`);
  const password = await readSecret(io, `Password for ${String(values.username)}: `);
  const parsed = createUserRequest.safeParse({
    username: requireFlag(values.username, 'username'),
    displayName: values.name,
    role: role.data,
    agencies: values.agency ?? [],
    password,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw usage(`${issue?.path.join('.') ?? 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  const body = parsed.data;
  const user = await withDatabase(io, async (db) =>
    createUser(
      db,
      {
        city,
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        agencies: body.agencies,
        passwordHash: await hashPassword(body.password),
      },
      cliActor(io),
    ),
  );
  io.out(
    `Created ${user.role} "${user.username}" in ${city}${user.agencies.length ? ` for ${user.agencies.join(', ')}` : ''}.`,
  );
  return 0;
}

export async function userRemove(
  { values }: Flags<{ city: 'string'; username: 'string' }>,
  io: CliIo,
): Promise<number> {
  const city = requireFlag(values.city, 'city');
  const username = requireFlag(values.username, 'username');
  const removed = await withDatabase(io, (db) => deleteUser(db, city, username, cliActor(io)));
  io.out(removed ? `Removed "${username}" from ${city}.` : `No user "${username}" in ${city}.`);
  return removed ? 0 : 1;
}

export async function userList(
  { values }: Flags<{ city: 'string'; json: 'boolean' }>,
  io: CliIo,
): Promise<number> {
  const city = requireFlag(values.city, 'city');
  const users = await withDatabase(io, (db) => listUsers(db, city));
  if (values.json) {
    io.out(JSON.stringify(users, null, 2));
    return 0;
  }
  for (const u of users)
    io.out(`${u.username}\t${u.role}\t${u.agencies.join(',')}${u.isDemo ? '\t(demo)' : ''}`);
  return 0;
}
