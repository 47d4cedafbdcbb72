import type { Kysely } from 'kysely';
import { checkMemberInTerm } from '../../core/committee/checks.js';
import { subPointLetter } from '../../core/committee/numbering.js';
import type { CommentChannel, WrittenCommentForm } from '../../core/committee/vocabulary.js';
import { invalid } from '../../core/errors.js';
import type { Concerns } from '../../contracts/committee-document.js';
import { appendAudit } from '../audit/append-audit.js';
import { jsonOrNull, nextInList } from '../city/rows.js';
import type { Tables } from '../tables.js';
import { meetingOf } from './follow-up.js';
import { memberByName } from './members.js';
import { agendaItemOf, requireAgency } from './record-meeting.js';
import { selectCityRows } from '../city-scope.js';

export interface NewComment {
  member: string;
  channel: CommentChannel;
  writtenForm: WrittenCommentForm | null;
  points: {
    text: string;
    concerns: Concerns;
    subPoints: { text: string; concerns?: Concerns }[];
  }[];
}

/** Every agency a point or resolution names must be the city's ('all' names them all). */
export async function checkConcerns(
  db: Kysely<Tables>,
  city: string,
  concerns: Concerns | undefined,
  path: string,
): Promise<void> {
  if (concerns === undefined || concerns === 'all') return;
  for (const [i, agency] of concerns.entries())
    await requireAgency(db, city, agency, `${path}[${i}]`);
}

/**
 * Records a member's comment on an agenda item: their points (1), (2) … with sub-points a, b …,
 * numbered after the item's last speaker. Written comments (書面資料 / 書面意見) may come before or
 * after the meeting. Refused: an unknown meeting or item, a member not of the meeting's term, a
 * written comment without its form (or an oral one with one), an agency not of this city.
 * @returns the comment's number in the item.
 */
export async function addComment(
  db: Kysely<Tables>,
  city: string,
  meetingCode: string,
  item: number,
  comment: NewComment,
  actor: string,
): Promise<number> {
  if ((comment.channel === 'written') !== (comment.writtenForm !== null))
    throw invalid(
      'writtenForm',
      comment.channel === 'written'
        ? 'a written comment says whether it is 書面資料 (material) or 書面意見 (opinion)'
        : 'an oral comment has no written form',
    );
  return db.transaction().execute(async (trx) => {
    const meeting = await meetingOf(trx, city, meetingCode, 'meeting');
    await agendaItemOf(trx, city, meetingCode, item);
    const member = await memberByName(trx, city, comment.member, 'member');
    checkMemberInTerm(member, meeting.term, 'member');
    for (const [i, p] of comment.points.entries()) {
      await checkConcerns(trx, city, p.concerns, `points[${i}].concerns`);
      for (const [j, s] of p.subPoints.entries())
        await checkConcerns(trx, city, s.concerns, `points[${i}].subPoints[${j}].concerns`);
    }
    const number = await nextInList(
      selectCityRows(trx, 'committee_comments', city)
        .where('meeting_code', '=', meetingCode)
        .where('item', '=', item),
      'number',
      1,
    );
    const key = { city_id: city, meeting_code: meetingCode, item };
    await trx
      .insertInto('committee_comments')
      .values({
        ...key,
        term: meeting.term,
        number,
        member_id: member.id,
        channel: comment.channel,
        written_form: comment.writtenForm,
      })
      .execute();
    const point = { ...key, comment: number, reading: null };
    await trx
      .insertInto('committee_points')
      .values(
        comment.points.flatMap((p, i) => [
          {
            ...point,
            number: i + 1,
            sub_point: '',
            text: p.text,
            concerns: JSON.stringify(p.concerns),
          },
          ...p.subPoints.map((s, j) => ({
            ...point,
            number: i + 1,
            sub_point: subPointLetter(j + 1),
            text: s.text,
            concerns: jsonOrNull(s.concerns),
          })),
        ]),
      )
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'committee.comment_add',
      entity: 'committee_comment',
      entityKey: `${meetingCode}/${item}.${number}`,
      before: null,
      after: comment,
    });
    return number;
  });
}
