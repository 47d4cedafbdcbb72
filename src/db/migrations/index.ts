import type { Migration } from 'kysely';
import * as planTracking from './0001-plan-tracking.js';
import * as accountsRoundsAudit from './0002-accounts-rounds-audit.js';

/** Every migration, in order. Names sort lexically; never rename or edit a landed one. */
export const migrations: Record<string, Migration> = {
  '0001-plan-tracking': planTracking,
  '0002-accounts-rounds-audit': accountsRoundsAudit,
};
