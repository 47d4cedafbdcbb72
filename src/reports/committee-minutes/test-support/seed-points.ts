import type { MeetingDocument } from '../../../contracts/committee-document.js';

/** Every point, sub-point and resolution of a meeting, as the line the minutes print for it. */
export function printedLines(meeting: MeetingDocument): { number: string; text: string }[] {
  return [
    ...meeting.agendaItems.flatMap((item) =>
      item.comments.flatMap((comment) =>
        comment.points.flatMap((point) => [
          { number: `(${point.number})`, text: point.text },
          ...point.subPoints.map((s) => ({ number: `${s.letter}.`, text: s.text })),
        ]),
      ),
    ),
    ...meeting.resolutions.map((r) => ({ number: `${r.number}.`, text: r.text })),
  ];
}
