import { role as roleSchema } from '../../contracts/api/common.js';
import { createUserRequest } from '../../contracts/api/users.js';
import { createUser, deleteUser, listUsers } from '../../db/accounts/users.js';
import { hashPassword } from '../../server/auth/password.js';
import { parseFlags, requireFlag, usage, stringFlags } from '../args.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { subcommands } from '../subcommands.js';
import { readSecret } from '../read-secret.js';
import { cliActor } from './cli-actor.js';

/** `netzero user add|remove|list`: accounts per city; passwords from a prompt or stdin only. */
export const userCommand = subcommands('user', {
  add: userAdd,
  remove: userRemove,
  list: userList,
});

async function userAdd(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, {
    city: { type: 'string' },
    role: { type: 'string' },
    agency: { type: 'string', multiple: true },
    username: { type: 'string' },
    name: { type: 'string' },
  } as const);
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

async function userRemove(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, stringFlags('city', 'username'));
  const city = requireFlag(values.city, 'city');
  const username = requireFlag(values.username, 'username');
  const removed = await withDatabase(io, (db) => deleteUser(db, city, username, cliActor(io)));
  io.out(removed ? `Removed "${username}" from ${city}.` : `No user "${username}" in ${city}.`);
  return removed ? 0 : 1;
}

async function userList(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, { city: { type: 'string' } });
  const city = requireFlag(values.city, 'city');
  const users = await withDatabase(io, (db) => listUsers(db, city));
  for (const u of users)
    io.out(`${u.username}\t${u.role}\t${u.agencies.join(',')}${u.isDemo ? '\t(demo)' : ''}`);
  return 0;
}
