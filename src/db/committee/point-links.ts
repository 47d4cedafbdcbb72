import type { Kysely } from 'kysely';
import type { PointReference } from '../../core/committee/follow-up-record.js';
import { NetZeroError } from '../../core/errors.js';
import { appendAudit, type AuditEvent } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { subjectExists } from './follow-up.js';

/** A point's columns, as every link table keys it. */
export function pointColumns(city: string, point: PointReference) {
  return {
    city_id: city,
    meeting_code: point.meeting,
    item: point.item,
    comment: point.comment,
    number: point.point,
    sub_point: point.subPoint ?? '',
  };
}

/** 't7-plenary-1/1.2.3a': the point in the audit trail. */
export const pointAuditKey = (p: PointReference) =>
  `${p.meeting}/${p.item}.${p.comment}.${p.point}${p.subPoint ?? ''}`;

/** NOT_FOUND at `subject` unless the meeting has the point. */
export async function requirePoint(db: Kysely<Tables>, city: string, point: PointReference) {
  if (!(await subjectExists(db, city, point)))
    throw new NetZeroError('NOT_FOUND', `subject: meeting "${point.meeting}" has no such point`, [
      { path: 'subject', message: 'not found' },
    ]);
}

export type LinkAudit = Pick<AuditEvent, 'action' | 'before' | 'after'>;

/** Who links which point of which city, and the audit entry it leaves. */
export interface PointLink {
  city: string;
  point: PointReference;
  actor: string;
  audit: LinkAudit;
}

function auditLink(
  trx: Kysely<Tables>,
  city: string,
  point: PointReference,
  actor: string,
  link: LinkAudit,
) {
  return appendAudit(trx, {
    city,
    actor,
    entity: 'committee_point',
    entityKey: pointAuditKey(point),
    ...link,
  });
}

export const notLinked = (what: string, path: string) =>
  new NetZeroError('NOT_FOUND', `the point is not linked to ${what}`, [
    { path, message: 'not linked' },
  ]);

/** Deletes a link (`remove`) with its audit entry; NOT_FOUND (`missing`) when there was none. */
export async function removeLink(
  db: Kysely<Tables>,
  link: PointLink,
  remove: (trx: Kysely<Tables>) => Promise<{ numDeletedRows: bigint }>,
  missing: () => NetZeroError,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if ((await remove(trx)).numDeletedRows === 0n) throw missing();
    await auditLink(trx, link.city, link.point, link.actor, link.audit);
  });
}

/**
 * Adds a link (`insert` answers the inserted row, or undefined when it existed) with its audit
 * entry, after `check` (what the link names must exist). Refused: an unknown point (NOT_FOUND),
 * a link that already exists (`conflict`, CONFLICT).
 */
export async function addLink(
  db: Kysely<Tables>,
  link: PointLink,
  insert: (trx: Kysely<Tables>) => Promise<unknown>,
  conflict: () => NetZeroError,
  check: (trx: Kysely<Tables>) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requirePoint(trx, link.city, link.point);
    await check(trx);
    if ((await insert(trx)) === undefined) throw conflict();
    await auditLink(trx, link.city, link.point, link.actor, link.audit);
  });
}

export const alreadyLinked = (what: string, path: string) => () =>
  new NetZeroError('CONFLICT', `the point is already linked to ${what}`, [
    { path, message: 'already linked' },
  ]);
