/** A member's point as typed: its words and its sub-points' words (a, b, c … in order). */
export interface TypedPoint {
  text: string;
  subPoints: { text: string }[];
}

const SUB_POINT = /^[a-z][.、)]\s*/;
const POINT_NUMBER = /^(\(\d+\)|（\d+）|\d+[.、])\s*/;

/**
 * The points of a comment from a text box: one point per line (a printed number `(1)` or `1.`
 * is dropped, the minutes number them), and a line starting `a.` … is a sub-point of the point
 * before it. Blank lines are skipped.
 * @example typedPoints('(1) 建議…\na. 第一\nb. 第二\n(2) 另…') // two points, the first with two sub-points
 */
export function typedPoints(text: string): TypedPoint[] {
  const points: TypedPoint[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const last = points.at(-1);
    if (SUB_POINT.test(line) && last) last.subPoints.push({ text: line.replace(SUB_POINT, '') });
    else points.push({ text: line.replace(POINT_NUMBER, ''), subPoints: [] });
  }
  return points;
}
