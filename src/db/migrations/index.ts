import type { Migration } from 'kysely';
import * as planTracking from './0001-plan-tracking.js';
import * as accountsRoundsAudit from './0002-accounts-rounds-audit.js';
import * as emissions from './0003-emissions.js';
import * as reportSnapshots from './0004-report-snapshots.js';
import * as gasSpecies from './0005-gas-species.js';
import * as sourceCitations from './0006-source-citations.js';
import * as discussions from './0007-discussions.js';
import * as committee from './0008-committee.js';
import * as committeeMembers from './0009-committee-members.js';
import * as committeeReminders from './0010-committee-reminders.js';
import * as committeePointSectors from './0011-committee-point-sectors.js';
import * as indicators from './0012-indicators.js';
import * as creditsLedger from './0013-credits-ledger.js';
// Registries (issue 17)
import * as registries from './0014-registries.js';
// Committee point ↔ indicator links (issue 14)
import * as committeePointIndicators from './0015-committee-point-indicators.js';
import * as registryMappings from './0017-registry-mappings.js';

/** Every migration, in order. Names sort lexically; never rename or edit a landed one. */
export const migrations: Record<string, Migration> = {
  '0001-plan-tracking': planTracking,
  '0002-accounts-rounds-audit': accountsRoundsAudit,
  '0003-emissions': emissions,
  '0004-report-snapshots': reportSnapshots,
  '0005-gas-species': gasSpecies,
  '0006-source-citations': sourceCitations,
  '0007-discussions': discussions,
  '0008-committee': committee,
  '0009-committee-members': committeeMembers,
  '0010-committee-reminders': committeeReminders,
  '0011-committee-point-sectors': committeePointSectors,
  '0012-indicators': indicators,
  '0013-credits-ledger': creditsLedger,
  // Registries (issue 17)
  '0014-registries': registries,
  // Committee point ↔ indicator links (issue 14)
  '0015-committee-point-indicators': committeePointIndicators,
  '0017-registry-mappings': registryMappings,
};
