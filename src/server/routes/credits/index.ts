import { creditEndpoints as e } from '../../../contracts/api/endpoints/credits.js';
import type { SessionUser } from '../../../contracts/api/session.js';
import { addHolder, listAccounts } from '../../../db/credits/accounts.js';
import type { LedgerAudience } from '../../../db/credits/list-operations.js';
import { recordPeriod, verifyPeriod } from '../../../db/credits/periods.js';
import { recordProject } from '../../../db/credits/projects.js';
import { listProjects, projectPage } from '../../../db/credits/read-projects.js';
import { recordOperation } from '../../../db/credits/record-operation.js';
import { can } from '../../policies.js';
import { route } from '../../route.js';

/** The registry (secretariat, reviewers) sees every project and operation; anyone else the public's. */
const audienceOf = (user: SessionUser | null, city: string): LedgerAudience =>
  user && can(user, city, 'credits.read') ? 'registry' : 'public';

/** The credits ledger's handlers: a db call each, the registry page as the reply. */
export const creditRoutes = [
  route(e.listCreditProjects, {
    handle: ({ deps, user, params: { city } }) =>
      listProjects(deps.db, city, audienceOf(user, city)),
  }),
  route(e.getCreditProject, {
    handle: ({ deps, user, params: { city, project } }) =>
      projectPage(deps.db, city, project, audienceOf(user, city)),
  }),
  route(e.recordCreditProject, {
    handle: async ({ deps, user, params: { city }, body }) => {
      await recordProject(deps.db, city, body, user.username);
      return projectPage(deps.db, city, body.code, 'registry');
    },
  }),
  route(e.recordCreditPeriod, {
    handle: async ({ deps, user, params: { city, project }, body }) => {
      await recordPeriod(deps.db, city, project, body, user.username);
      return projectPage(deps.db, city, project, 'registry');
    },
  }),
  route(e.verifyCreditPeriod, {
    handle: async ({ deps, user, params: { city, project, no }, body }) => {
      await verifyPeriod(deps.db, city, project, no, body, user.username);
      return projectPage(deps.db, city, project, 'registry');
    },
  }),
  route(e.listCreditAccounts, {
    handle: ({ deps, params: { city } }) => listAccounts(deps.db, city),
  }),
  route(e.addCreditHolder, {
    handle: async ({ deps, user, params: { city }, body }) => {
      await addHolder(deps.db, city, body, user.username);
      return listAccounts(deps.db, city);
    },
  }),
  route(e.recordCreditOperation, {
    handle: ({ deps, user, params: { city }, body }) =>
      recordOperation(deps.db, city, body, user.username),
  }),
];
