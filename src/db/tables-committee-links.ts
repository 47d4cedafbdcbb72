import type { CommitteePointsTable } from './tables-committee.js';

/** A point linked to a sector it concerns (migration 0011). */
export interface CommitteePointSectorsTable extends Pick<
  CommitteePointsTable,
  'city_id' | 'meeting_code' | 'item' | 'comment' | 'number' | 'sub_point'
> {
  sector_code: string;
}

export interface CommitteeLinkTables {
  committee_point_sectors: CommitteePointSectorsTable;
}
