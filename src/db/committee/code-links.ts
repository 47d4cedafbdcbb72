import type { Kysely } from 'kysely';
import type { PointReference } from '../../core/committee/follow-up-record.js';
import { invalid } from '../../core/errors.js';
import type { SectorCode } from '../../core/vocabulary/lists.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { listLinkedPoints, pointKeyColumns, type LinkedPoint } from './linked-points.js';
import { addLink, alreadyLinked, notLinked, pointColumns, removeLink } from './point-links.js';

/**
 * A point's links to what one code names: a sector as a whole (運輸部門, migration 0011) or a
 * sustainability indicator (交通安全指標, 0015). Both tables have the point's columns and then
 * the code, so one set of functions serves both.
 */
const codeLinkTables = {
  sector: { table: 'committee_point_sectors', column: 'sector_code' },
  indicator: { table: 'committee_point_indicators', column: 'indicator_code' },
} as const;
type CodeLinkKind = keyof typeof codeLinkTables;

/** A point's link to one code, as the follow-up document lists it. */
export interface CodeLinkRow {
  meeting_code: string;
  item: number;
  comment: number;
  number: number;
  sub_point: string;
  code: string;
}

function codeLinks<C extends string>(
  kind: CodeLinkKind,
  /** Refuses a code the city does not have (the sectors are a closed list, checked at the edge). */
  check?: (trx: Kysely<Tables>, city: string, code: C) => Promise<void>,
) {
  // Kysely cannot type a table chosen at run time (city-scope.ts says the same): both tables
  // have the sectors' shape, so their builders are typed as the sectors'.
  const table = codeLinkTables[kind].table as 'committee_point_sectors';
  const column = codeLinkTables[kind].column as 'sector_code';
  /** `{ sector: 'transport' }`: the link in the audit trail. */
  const named = (code: C) => ({ [kind]: code });
  return {
    /** Links the point, audited. Refused: an unknown point (NOT_FOUND), an existing link (CONFLICT). */
    link(db: Kysely<Tables>, city: string, point: PointReference, code: C, actor: string) {
      const audit = { action: `committee.${kind}_link` as const, before: null, after: named(code) };
      return addLink(
        db,
        { city, point, actor, audit },
        (trx) =>
          trx
            .insertInto(table)
            .values({ ...pointColumns(city, point), [column]: code })
            .onConflict((oc) => oc.doNothing())
            .returning('number')
            .executeTakeFirst(),
        alreadyLinked(`${kind} ${code}`, kind),
        check && ((trx) => check(trx, city, code)),
      );
    },
    /** Removes the point's link, audited; a link that does not exist is NOT_FOUND. */
    unlink(db: Kysely<Tables>, city: string, point: PointReference, code: C, actor: string) {
      const audit = {
        action: `committee.${kind}_unlink` as const,
        before: named(code),
        after: null,
      };
      return removeLink(
        db,
        { city, point, actor, audit },
        (trx) =>
          trx
            .deleteFrom(table)
            .where((eb) => eb.and(pointColumns(city, point)))
            .where(column, '=', code)
            .executeTakeFirst(),
        () => notLinked(`${kind} ${code}`, kind),
      );
    },
    /** The links of these meetings' points, in the points' order. */
    load(db: Kysely<Tables>, city: string, meetings: readonly string[]): Promise<CodeLinkRow[]> {
      return selectCityRows(db, table, city)
        .select((eb) => [...pointKeyColumns, eb.ref(column).as('code')])
        .where('meeting_code', 'in', meetings)
        .orderBy('item')
        .orderBy('comment')
        .orderBy('number')
        .orderBy('sub_point')
        .orderBy(column)
        .execute();
    },
    /** The points linked to the code, by meeting date; only published meetings' when `published`. */
    list(db: Kysely<Tables>, city: string, code: C, published: boolean): Promise<LinkedPoint[]> {
      const links = selectCityRows(db, table, city)
        .select(pointKeyColumns)
        .where(column, '=', code);
      return listLinkedPoints(db, city, links, published);
    },
  };
}

export const sectorLinks = codeLinks<SectorCode>('sector');

/** An indicator is linked by its code; the code must be one of the city's indicators. */
export const indicatorLinks = codeLinks<string>('indicator', async (trx, city, indicator) => {
  const own = await selectCityRows(trx, 'sdg_indicators', city)
    .select('code')
    .where('code', '=', indicator)
    .executeTakeFirst();
  if (!own) throw invalid('indicator', `${city} has no indicator "${indicator}"`);
});
