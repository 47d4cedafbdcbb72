import { agendaItemNumber, printedPoint, resolutionNumber, speakerNumber } from './numbering.js';
import type { FollowUpSubject } from './follow-up-record.js';

/**
 * Where a point or resolution lives on the platform, as a path from the site's root: the page that
 * shows its words, its agencies' replies and where it stands. Reminders link to it, so the web app
 * must serve these paths; the numbers are the printed ones (item 一 → 1, (2)b. → 2b).
 * @example followUpPath({ kind: 'point', meeting: 't7-plenary-1', item: 3, comment: 8, point: 2, subPoint: 'b' })
 *   // '/committee/meetings/t7-plenary-1/items/3/comments/8/points/2b'
 */
export function followUpPath(subject: FollowUpSubject): string {
  const meeting = `/committee/meetings/${encodeURIComponent(subject.meeting)}`;
  if (subject.kind === 'resolution') return `${meeting}/resolutions/${subject.resolution}`;
  const point = `${subject.point}${subject.subPoint ?? ''}`;
  return `${meeting}/items/${subject.item}/comments/${subject.comment}/points/${point}`;
}

/**
 * One text per point (or resolution) and agency: two records with the same key are the same
 * assignment, and a reminder already sent is matched to its record by it.
 * @example followUpKey({ kind: 'resolution', meeting: 't7-plenary-1', resolution: 3 }, 'epb')
 *   // '/committee/meetings/t7-plenary-1/resolutions/3 epb'
 */
export function followUpKey(subject: FollowUpSubject, agency: string): string {
  return `${followUpPath(subject)} ${agency}`;
}

/**
 * A point or resolution as a person cites it, with the printed numbers: the agenda item, the
 * speaker, the point and its sub-point; a resolution by its number.
 * @example followUpReference({ kind: 'point', meeting: 'm', item: 1, comment: 2, point: 3, subPoint: 'b' }) // '一、2.(3)b.'
 * @example followUpReference({ kind: 'resolution', meeting: 'm', resolution: 3 }) // '決議3.'
 */
export function followUpReference(subject: FollowUpSubject): string {
  if (subject.kind === 'resolution') return `決議${resolutionNumber(subject.resolution)}`;
  return `${agendaItemNumber(subject.item)}${speakerNumber(subject.comment)}${printedPoint(subject.point, subject.subPoint)}`;
}
