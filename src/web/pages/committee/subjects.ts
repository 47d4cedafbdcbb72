import {
  agendaItemNumber,
  pointNumber,
  resolutionNumber,
  speakerNumber,
} from '../../../core/committee/numbering.js';
import type { FollowUpSubjectInput } from '../../../contracts/api/committee.js';
import type { MeetingDocument } from '../../../contracts/committee-document.js';

/** A point, sub-point or resolution of a meeting that can be assigned to agencies. */
export interface Subject {
  /** A stable key for a select's value. */
  key: string;
  subject: FollowUpSubjectInput;
  /** As the minutes number it: 一、1.(2)b. or 決議 3. */
  reference: string;
  member: string | null;
  text: string;
}

/**
 * Every assignable subject of a meeting, in the minutes' order: each member's points and their
 * sub-points item by item, then the resolutions.
 * @example subjectsOf(meeting)[0].reference // '一、1.(1)'
 */
export function subjectsOf(meeting: MeetingDocument): Subject[] {
  const points = meeting.agendaItems.flatMap((item) =>
    item.comments.flatMap((comment) =>
      comment.points.flatMap((point) => {
        const base = `${agendaItemNumber(item.number)}${speakerNumber(comment.number)}${pointNumber(point.number)}`;
        const whole = {
          kind: 'point' as const,
          item: item.number,
          comment: comment.number,
          point: point.number,
        };
        return [
          {
            key: `p${item.number}.${comment.number}.${point.number}`,
            subject: { ...whole, subPoint: null },
            reference: base,
            member: comment.member,
            text: point.text,
          },
          ...point.subPoints.map((sub) => ({
            key: `p${item.number}.${comment.number}.${point.number}${sub.letter}`,
            subject: { ...whole, subPoint: sub.letter },
            reference: `${base}${sub.letter}.`,
            member: comment.member,
            text: sub.text,
          })),
        ] satisfies Subject[];
      }),
    ),
  );
  const resolutions = meeting.resolutions.map((r): Subject => ({
    key: `r${r.number}`,
    subject: { kind: 'resolution', resolution: r.number },
    reference: `決議 ${resolutionNumber(r.number)}`,
    member: null,
    text: r.text,
  }));
  return [...points, ...resolutions];
}
