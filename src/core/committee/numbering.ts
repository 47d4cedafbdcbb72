import type { Issue } from '../errors.js';

/**
 * The numbers of the minutes as they print: sections 壹、… 玖、, agenda items 一、二、三、, their
 * parts (一)(二)(三), members 1. 2. 3., a member's points (1)(2)(3) and sub-points a. b. c.
 * Every number here is a 1-based sequence; what prints is derived, never stored.
 */

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const FORMAL_DIGITS = ['', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'] as const;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function requireSequence(n: number, max: number, what: string): void {
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new RangeError(`${what} ${n} is outside 1–${max}`);
  }
}

/** Ten and above: 十, 十一, 二十, 二十一 (the tens digit is dropped before 十 only for one). */
function tensAndUnits(n: number, digits: readonly string[], ten: string): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return digits[units] ?? '';
  return `${tens === 1 ? '' : (digits[tens] ?? '')}${ten}${digits[units] ?? ''}`;
}

/** @example chineseNumeral(3) // '三'; chineseNumeral(12) // '十二'; chineseNumeral(21) // '二十一' */
export function chineseNumeral(n: number): string {
  requireSequence(n, 99, 'number');
  return tensAndUnits(n, DIGITS, '十');
}

/** The formal numerals of the minutes' sections. @example formalNumeral(6) // '陸' */
export function formalNumeral(n: number): string {
  requireSequence(n, 99, 'number');
  return tensAndUnits(n, FORMAL_DIGITS, '拾');
}

/** @example sectionNumber(6) // '陸、' (陸、報告事項) */
export function sectionNumber(n: number): string {
  return `${formalNumeral(n)}、`;
}

/** @example agendaItemNumber(2) // '二、' (二、指標異動討論案) */
export function agendaItemNumber(n: number): string {
  return `${chineseNumeral(n)}、`;
}

/** The parts of an agenda item. @example agendaPartNumber(3) // '(三)' (主席裁示) */
export function agendaPartNumber(n: number): string {
  return `(${chineseNumeral(n)})`;
}

/** A member's place among the speakers of an item. @example speakerNumber(7) // '7.' */
export function speakerNumber(n: number): string {
  requireSequence(n, 999, 'speaker');
  return `${n}.`;
}

/** A numbered resolution (決議事項). @example resolutionNumber(5) // '5.' */
export function resolutionNumber(n: number): string {
  requireSequence(n, 999, 'resolution');
  return `${n}.`;
}

/** A member's point. @example pointNumber(2) // '(2)' */
export function pointNumber(n: number): string {
  requireSequence(n, 999, 'point');
  return `(${n})`;
}

/** The letter of a sub-point: 1 → 'a' … 26 → 'z'. @example subPointLetter(6) // 'f' */
export function subPointLetter(n: number): string {
  requireSequence(n, LETTERS.length, 'sub-point');
  return LETTERS.charAt(n - 1);
}

/** @example subPointNumber(1) // 'a.' */
export function subPointNumber(n: number): string {
  return `${subPointLetter(n)}.`;
}

/** The sequence of a sub-point letter, undefined for anything else. @example subPointSequence('c') // 3 */
export function subPointSequence(letter: string): number | undefined {
  const index = letter.length === 1 ? LETTERS.indexOf(letter) : -1;
  return index < 0 ? undefined : index + 1;
}

/**
 * A point with its sub-point as the minutes print it: (2), or (2)b. for its sub-point b.
 * @example printedPoint(2, 'b') // '(2)b.'
 */
export function printedPoint(point: number, subPoint: string | null): string {
  const sequence = subPoint ? subPointSequence(subPoint) : undefined;
  return `${pointNumber(point)}${sequence ? subPointNumber(sequence) : ''}`;
}

/**
 * Problems with a list's numbering: it must run 1, 2, 3 … without a gap or a repeat, so a
 * dropped or doubled point shows at once. Each problem is reported at the entry that breaks it.
 * @example checkNumbering([1, 2, 4], 'points', 'point') // [{ path: 'points[2]', message: 'point 4 should be 3' }]
 */
export function checkNumbering(numbers: readonly number[], path: string, what: string): Issue[] {
  const issues: Issue[] = [];
  numbers.forEach((number, i) => {
    if (number !== i + 1) {
      issues.push({ path: `${path}[${i}]`, message: `${what} ${number} should be ${i + 1}` });
    }
  });
  return issues;
}
