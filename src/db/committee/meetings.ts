import type { Kysely } from 'kysely';
import type { MeetingKind } from '../../core/committee/vocabulary.js';
import type { IsoDate } from '../../core/dates.js';
import type { Tables } from '../tables.js';

/** Which meetings a caller may see: all, the published ones, or those and their own terms'. */
export type MeetingVisibility = 'all' | 'published' | { terms: readonly number[] };

export interface MeetingSummaryRow {
  code: string;
  kind: MeetingKind;
  term: number;
  sequence: number;
  title: string;
  date: IsoDate;
  minutesSentOn: IsoDate | null;
  minutesPublishedOn: IsoDate | null;
  replyDays: number;
}

/** The committee's meetings by date (then as recorded), as far as `visibility` lets one see. */
export async function listMeetings(
  db: Kysely<Tables>,
  city: string,
  visibility: MeetingVisibility,
  code?: string,
): Promise<MeetingSummaryRow[]> {
  let query = db
    .selectFrom('committee_meetings')
    .select([
      'code',
      'kind',
      'term',
      'sequence',
      'title',
      'date',
      'minutes_sent_on as minutesSentOn',
      'minutes_published_on as minutesPublishedOn',
      'reply_days as replyDays',
    ])
    .where('city_id', '=', city);
  if (code !== undefined) query = query.where('code', '=', code);
  if (visibility !== 'all') {
    const terms = visibility === 'published' ? [] : visibility.terms;
    query = query.where((eb) =>
      eb.or([
        eb('minutes_published_on', 'is not', null),
        ...(terms.length ? [eb('term', 'in', terms)] : []),
      ]),
    );
  }
  return query.orderBy('date').orderBy('position').execute();
}
