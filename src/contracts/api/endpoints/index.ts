import type { EndpointShape } from '../endpoint.js';
import { auditEndpoints } from './audit.js';
import { committeeEndpoints } from './committee.js';
import { emissionsEndpoints } from './emissions.js';
import { openDataEndpoints } from './open-data.js';
import { publicEndpoints } from './public.js';
import { reportEndpoints } from './reports.js';
import { roundTemplateEndpoints } from './round-templates.js';
import { roundEndpoints } from './rounds.js';
import { sessionEndpoints } from './session.js';
import { submissionEndpoints } from './submissions.js';
import { userEndpoints } from './users.js';
import { indicatorEndpoints } from './indicators.js';
// Committee: a point's links to measures and sectors (issue 14).
import { committeeLinkEndpoints } from './committee-links.js';
// Registries (issue 17)
import { registryEndpoints } from './registries.js';
import { creditEndpoints } from './credits.js';

/**
 * Every endpoint of /api/v1 by name, one declaration each (a file per resource beside this).
 * The server serves exactly these (a test compares them with the routes Hono registered).
 */
export const endpoints = {
  ...publicEndpoints,
  ...sessionEndpoints,
  ...userEndpoints,
  ...roundEndpoints,
  ...submissionEndpoints,
  ...roundTemplateEndpoints,
  ...emissionsEndpoints,
  ...reportEndpoints,
  ...openDataEndpoints,
  ...auditEndpoints,
  ...committeeEndpoints,
  ...indicatorEndpoints,
  ...committeeLinkEndpoints,
  // Registries (issue 17)
  ...registryEndpoints,
  ...creditEndpoints,
};
export type EndpointName = keyof typeof endpoints;

export const endpointList: readonly EndpointShape[] = Object.values(endpoints);
