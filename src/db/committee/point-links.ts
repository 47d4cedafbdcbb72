import type { Kysely } from 'kysely';
import type { PointReference } from '../../core/committee/follow-up-record.js';
import { NetZeroError } from '../../core/errors.js';
import type { SectorCode } from '../../core/vocabulary/lists.js';
import { appendAudit, type AuditEvent } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { subjectExists } from './follow-up.js';
import type { MeasureKey } from './point-measures.js';

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

type LinkAudit = Pick<AuditEvent, 'action' | 'before' | 'after'>;

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

const notLinked = (what: string, path: string) =>
  new NetZeroError('NOT_FOUND', `the point is not linked to ${what}`, [
    { path, message: 'not linked' },
  ]);

/** Deletes a link (`remove`) with its audit entry; NOT_FOUND (`missing`) when there was none. */
async function removeLink(
  db: Kysely<Tables>,
  link: { city: string; point: PointReference; actor: string; audit: LinkAudit },
  remove: (trx: Kysely<Tables>) => Promise<{ numDeletedRows: bigint }>,
  missing: () => NetZeroError,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if ((await remove(trx)).numDeletedRows === 0n) throw missing();
    await auditLink(trx, link.city, link.point, link.actor, link.audit);
  });
}

/** Removes a point's link to a measure, audited; a link that does not exist is NOT_FOUND. */
export function unlinkPointFromMeasure(
  db: Kysely<Tables>,
  city: string,
  point: PointReference,
  measure: MeasureKey,
  actor: string,
): Promise<void> {
  const audit = { action: 'committee.measure_unlink' as const, before: measure, after: null };
  return removeLink(
    db,
    { city, point, actor, audit },
    (trx) =>
      trx
        .deleteFrom('committee_point_measures')
        .where((eb) => eb.and(pointColumns(city, point)))
        .where('plan_code', '=', measure.plan)
        .where('sector_code', '=', measure.sector)
        .where('measure_no', '=', measure.no)
        .executeTakeFirst(),
    () => notLinked(`measure ${measure.sector} ${measure.no} of ${measure.plan}`, 'no'),
  );
}

/**
 * Links a point to a sector it concerns (運輸部門 as a whole), audited. Refused: an unknown point
 * (NOT_FOUND), a link that already exists (CONFLICT).
 */
export async function linkPointToSector(
  db: Kysely<Tables>,
  city: string,
  point: PointReference,
  sector: SectorCode,
  actor: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requirePoint(trx, city, point);
    const inserted = await trx
      .insertInto('committee_point_sectors')
      .values({ ...pointColumns(city, point), sector_code: sector })
      .onConflict((oc) => oc.doNothing())
      .returning('number')
      .executeTakeFirst();
    if (!inserted)
      throw new NetZeroError('CONFLICT', `the point is already linked to sector ${sector}`, [
        { path: 'sector', message: 'already linked' },
      ]);
    await auditLink(trx, city, point, actor, {
      action: 'committee.sector_link',
      before: null,
      after: { sector },
    });
  });
}

/** Removes a point's link to a sector, audited; a link that does not exist is NOT_FOUND. */
export function unlinkPointFromSector(
  db: Kysely<Tables>,
  city: string,
  point: PointReference,
  sector: SectorCode,
  actor: string,
): Promise<void> {
  const audit = { action: 'committee.sector_unlink' as const, before: { sector }, after: null };
  return removeLink(
    db,
    { city, point, actor, audit },
    (trx) =>
      trx
        .deleteFrom('committee_point_sectors')
        .where((eb) => eb.and(pointColumns(city, point)))
        .where('sector_code', '=', sector)
        .executeTakeFirst(),
    () => notLinked(`sector ${sector}`, 'sector'),
  );
}

/** The sector links of these meetings' points, in the points' order. */
export function loadSectorLinks(db: Kysely<Tables>, city: string, meetings: readonly string[]) {
  return db
    .selectFrom('committee_point_sectors')
    .selectAll()
    .where('city_id', '=', city)
    .where('meeting_code', 'in', meetings)
    .orderBy('item')
    .orderBy('comment')
    .orderBy('number')
    .orderBy('sub_point')
    .orderBy('sector_code')
    .execute();
}
