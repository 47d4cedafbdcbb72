import { Hono } from 'hono';
import {
  openRoundRequest,
  overdueResponse,
  roundListResponse,
  roundResponse,
  updateRoundRequest,
} from '../../contracts/api/rounds.js';
import {
  getRound,
  listRounds,
  openRound,
  roundOverdue,
  updateRound,
} from '../../db/rounds/rounds.js';
import type { AppEnv } from '../context.js';
import { authorize } from '../policies.js';
import { todayInTaiwan } from '../../core/dates.js';
import { intParam, readBody, reply } from '../validate.js';

export const roundRoutes = new Hono<AppEnv>()
  .get('/cities/:city/rounds', async (c) => {
    const city = c.req.param('city');
    authorize(c.var.user, city, 'rounds.read');
    return reply(c, roundListResponse, await listRounds(c.var.deps.db, city));
  })
  .post('/cities/:city/rounds', async (c) => {
    const city = c.req.param('city');
    const actor = authorize(c.var.user, city, 'rounds.manage');
    const body = await readBody(c, openRoundRequest);
    return reply(c, roundResponse, await openRound(c.var.deps.db, city, body, actor.username), 201);
  })
  .get('/cities/:city/rounds/:id', async (c) => {
    const city = c.req.param('city');
    authorize(c.var.user, city, 'rounds.read');
    return reply(c, roundResponse, await getRound(c.var.deps.db, city, intParam(c, 'id')));
  })
  .patch('/cities/:city/rounds/:id', async (c) => {
    const city = c.req.param('city');
    const actor = authorize(c.var.user, city, 'rounds.manage');
    const body = await readBody(c, updateRoundRequest);
    return reply(
      c,
      roundResponse,
      await updateRound(c.var.deps.db, city, intParam(c, 'id'), body, actor.username),
    );
  })
  .get('/cities/:city/rounds/:id/overdue', async (c) => {
    const city = c.req.param('city');
    authorize(c.var.user, city, 'rounds.overdue');
    return reply(
      c,
      overdueResponse,
      await roundOverdue(c.var.deps.db, city, intParam(c, 'id'), todayInTaiwan(c.var.deps.now())),
    );
  });
