import { roundEndpoints as e } from '../../contracts/api/endpoints/rounds.js';
import { todayInTaiwan } from '../../core/dates.js';
import {
  getRound,
  listRounds,
  openRound,
  roundOverdue,
  updateRound,
} from '../../db/rounds/rounds.js';
import { route } from '../route.js';

export const roundRoutes = [
  route(e.listRounds, { handle: ({ deps, params }) => listRounds(deps.db, params.city) }),
  route(e.openRound, {
    handle: ({ deps, params, body, user }) => openRound(deps.db, params.city, body, user.username),
  }),
  route(e.getRound, { handle: ({ deps, params }) => getRound(deps.db, params.city, params.id) }),
  route(e.updateRound, {
    handle: ({ deps, params, body, user }) =>
      updateRound(deps.db, params.city, params.id, body, user.username),
  }),
  route(e.roundOverdue, {
    handle: ({ deps, params }) =>
      roundOverdue(deps.db, params.city, params.id, todayInTaiwan(deps.now())),
  }),
];
