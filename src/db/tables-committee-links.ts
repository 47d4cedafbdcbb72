import type { CommitteePointsTable } from './tables-committee.js';

/** A point linked to a sector it concerns (migration 0011). */
export interface CommitteePointSectorsTable extends Pick<
  CommitteePointsTable,
  'city_id' | 'meeting_code' | 'item' | 'comment' | 'number' | 'sub_point'
> {
  sector_code: string;
}

/** A point linked to a sustainability indicator by its code (migration 0015). */
export interface CommitteePointIndicatorsTable extends Pick<
  CommitteePointsTable,
  'city_id' | 'meeting_code' | 'item' | 'comment' | 'number' | 'sub_point'
> {
  indicator_code: string;
}

export interface CommitteeLinkTables {
  committee_point_sectors: CommitteePointSectorsTable;
  committee_point_indicators: CommitteePointIndicatorsTable;
}
