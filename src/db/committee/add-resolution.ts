import type { Kysely } from 'kysely';
import type { Concerns } from '../../contracts/committee-document.js';
import { appendAudit } from '../audit/append-audit.js';
import { nextInList } from '../city/rows.js';
import type { Tables } from '../tables.js';
import { checkConcerns } from './add-comment.js';
import { meetingOf } from './follow-up.js';
import { selectCityRows } from '../city-scope.js';

/**
 * Adds a resolution (決議事項) to a meeting, numbered after the last. Refused: an unknown meeting,
 * an agency not of this city among those it concerns.
 * @returns its number.
 */
export async function addResolution(
  db: Kysely<Tables>,
  city: string,
  meetingCode: string,
  resolution: { text: string; concerns: Concerns },
  actor: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await meetingOf(trx, city, meetingCode, 'meeting');
    await checkConcerns(trx, city, resolution.concerns, 'concerns');
    const resolutions = selectCityRows(trx, 'committee_resolutions', city);
    const number = await nextInList(
      resolutions.where('meeting_code', '=', meetingCode),
      'number',
      1,
    );
    await trx
      .insertInto('committee_resolutions')
      .values({
        city_id: city,
        meeting_code: meetingCode,
        number,
        text: resolution.text,
        concerns: JSON.stringify(resolution.concerns),
        reading: null,
      })
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'committee.resolution_add',
      entity: 'committee_resolution',
      entityKey: `${meetingCode}/resolution ${number}`,
      before: null,
      after: resolution,
    });
    return number;
  });
}
