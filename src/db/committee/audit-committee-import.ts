import type { Kysely } from 'kysely';
import type { CommitteeDocument } from '../../contracts/committee-document.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';

/**
 * The audit entry of a committee written from a document, alone (`netzero committee import`) or
 * with its whole city (`netzero import`): what was written, by whom and through which import, in
 * the transaction that writes it.
 */
export function auditCommitteeImport(
  trx: Kysely<Tables>,
  city: string,
  doc: CommitteeDocument,
  actor: string,
  via: 'committee' | 'city',
) {
  return appendAudit(trx, {
    city,
    actor,
    action: 'committee.import',
    entity: 'committee',
    entityKey: city,
    before: null,
    after: {
      via,
      name: doc.committee.name,
      terms: doc.terms.length,
      members: doc.members.length,
      meetings: doc.meetings.map((m) => m.code),
      /** The meetings imported with their follow-up as it stood, not as the minutes assign it. */
      followUp: doc.meetings.filter((m) => m.followUp).map((m) => m.code),
    },
  });
}
