import { okSchema } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  createUserRequest,
  deleteUserQuery,
  updateUserRequest,
  userListResponse,
  userResponse,
} from '../users.js';

/** A city's accounts: its administrators only. */
export const userEndpoints = {
  listUsers: endpoint({
    method: 'get',
    path: '/cities/{city}/users',
    summary: "The city's accounts",
    policy: 'users.manage',
    response: userListResponse,
  }),
  createUser: endpoint({
    method: 'post',
    path: '/cities/{city}/users',
    summary: 'Create an account',
    policy: 'users.manage',
    body: createUserRequest,
    response: userResponse,
    status: 201,
  }),
  updateUser: endpoint({
    method: 'patch',
    path: '/cities/{city}/users/{username}',
    summary: 'Change role, agencies, name or password (stale version → 409)',
    policy: 'users.manage',
    body: updateUserRequest,
    response: userResponse,
  }),
  deleteUser: endpoint({
    method: 'delete',
    path: '/cities/{city}/users/{username}',
    summary:
      'Remove an account and end its sessions (stale version → 409; your own account → 403); audited',
    policy: 'users.manage',
    query: deleteUserQuery,
    response: okSchema,
  }),
};
