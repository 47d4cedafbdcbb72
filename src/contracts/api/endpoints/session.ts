import { okSchema } from '../common.js';
import { endpoint } from '../endpoint.js';
import { loginRequest, sessionResponse } from '../session.js';

export const sessionEndpoints = {
  getSession: endpoint({
    method: 'get',
    path: '/session',
    summary: 'Who is signed in, and the CSRF token for X-CSRF-Token',
    policy: null,
    response: sessionResponse,
  }),
  signIn: endpoint({
    method: 'post',
    path: '/session',
    summary:
      'Sign in (rate limited per client address; five failures lock a name at that address for 15 minutes)',
    policy: null,
    access: 'anyone with the CSRF token',
    body: loginRequest,
    response: sessionResponse,
  }),
  signOut: endpoint({
    method: 'delete',
    path: '/session',
    summary: 'Sign out (the session ends on the server)',
    policy: null,
    access: 'anyone with the CSRF token',
    response: okSchema,
  }),
};
