import type { Kysely } from 'kysely';
import type { PointReference } from '../../core/committee/follow-up-record.js';
import { NetZeroError } from '../../core/errors.js';
import type { SectorCode } from '../../core/vocabulary/lists.js';
import { appendAudit, type AuditEvent } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { subjectExists } from './follow-up.js';
import type { MeasureKey } from '../measures/measure-exists.js';

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

/** The link tables: a point's columns, then what it is linked to. */
type LinkTable = 'committee_point_measures' | 'committee_point_sectors';

/**
 * What a point can be linked to (`K`: a measure, a sector): its link table and columns there, how
 * refusals name it (and the field they point at), how the audit trail records it.
 */
interface LinkKind<K> {
  table: LinkTable;
  columns: (key: K) => { sector_code: string; plan_code?: string; measure_no?: number };
  what: (key: K) => string;
  path: string;
  audited: (key: K) => unknown;
  actions: { link: AuditEvent['action']; unlink: AuditEvent['action'] };
}

/** A point's link to one of its city's measures. */
export const measureLinks: LinkKind<MeasureKey> = {
  table: 'committee_point_measures',
  columns: (m) => ({ plan_code: m.plan, sector_code: m.sector, measure_no: m.no }),
  what: (m) => `measure ${m.sector} ${m.no} of ${m.plan}`,
  path: 'no',
  audited: (m) => m,
  actions: { link: 'committee.measure_link', unlink: 'committee.measure_unlink' },
};

/** A point's link to a sector it concerns (運輸部門 as a whole). */
const sectorLinks: LinkKind<SectorCode> = {
  table: 'committee_point_sectors',
  columns: (sector) => ({ sector_code: sector }),
  what: (sector) => `sector ${sector}`,
  path: 'sector',
  audited: (sector) => ({ sector }),
  actions: { link: 'committee.sector_link', unlink: 'committee.sector_unlink' },
};

/** Links or unlinks a point, audited; what every link and unlink of a kind is. */
type LinkChange<K> = (
  db: Kysely<Tables>,
  city: string,
  point: PointReference,
  key: K,
  actor: string,
) => Promise<void>;

function auditLink(
  trx: Kysely<Tables>,
  city: string,
  point: PointReference,
  actor: string,
  link: Pick<AuditEvent, 'action' | 'before' | 'after'>,
) {
  return appendAudit(trx, {
    city,
    actor,
    entity: 'committee_point',
    entityKey: pointAuditKey(point),
    ...link,
  });
}

/**
 * Links a point to one of `kind`, audited. Refused: an unknown point (NOT_FOUND), what `check`
 * refuses, a link that already exists (CONFLICT).
 */
export function linker<K>(
  kind: LinkKind<K>,
  check: (trx: Kysely<Tables>, city: string, key: K) => Promise<void> = () => Promise.resolve(),
): LinkChange<K> {
  return (db, city, point, key, actor) =>
    db.transaction().execute(async (trx) => {
      await requirePoint(trx, city, point);
      await check(trx, city, key);
      const inserted = await trx
        .insertInto(kind.table)
        .values({ ...pointColumns(city, point), ...kind.columns(key) })
        .onConflict((oc) => oc.doNothing())
        .returning('number')
        .executeTakeFirst();
      if (!inserted)
        throw new NetZeroError('CONFLICT', `the point is already linked to ${kind.what(key)}`, [
          { path: kind.path, message: 'already linked' },
        ]);
      const audit = { action: kind.actions.link, before: null, after: kind.audited(key) };
      await auditLink(trx, city, point, actor, audit);
    });
}

/** Removes a point's link to one of `kind`, audited; a link that does not exist is NOT_FOUND. */
function unlinker<K>(kind: LinkKind<K>): LinkChange<K> {
  return (db, city, point, key, actor) =>
    db.transaction().execute(async (trx) => {
      let query = trx.deleteFrom(kind.table).where((eb) => eb.and(pointColumns(city, point)));
      // A dynamic reference: the linked thing's columns differ by table.
      for (const [column, value] of Object.entries(kind.columns(key)))
        query = query.where(trx.dynamic.ref(column), '=', value);
      if ((await query.executeTakeFirst()).numDeletedRows === 0n)
        throw new NetZeroError('NOT_FOUND', `the point is not linked to ${kind.what(key)}`, [
          { path: kind.path, message: 'not linked' },
        ]);
      const audit = { action: kind.actions.unlink, before: kind.audited(key), after: null };
      await auditLink(trx, city, point, actor, audit);
    });
}

/** Removes a point's link to a measure; a link that does not exist is NOT_FOUND. */
export const unlinkPointFromMeasure = unlinker(measureLinks);

/** Links a point to a sector it concerns. Refused: an unknown point, a link already there. */
export const linkPointToSector = linker(sectorLinks);

/** Removes a point's link to a sector; a link that does not exist is NOT_FOUND. */
export const unlinkPointFromSector = unlinker(sectorLinks);

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
