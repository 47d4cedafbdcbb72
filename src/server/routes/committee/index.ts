import { committeeFollowUpRoutes } from './follow-up.js';
import { committeeLinkRoutes } from './links.js';
import { committeePublicRoutes } from './public.js';
import { committeeRecordRoutes } from './records.js';

/** The committee's handlers: what anyone reads, the records, and the follow-up. */
export const committeeRoutes = [
  ...committeePublicRoutes,
  ...committeeRecordRoutes,
  ...committeeFollowUpRoutes,
  ...committeeLinkRoutes,
];
