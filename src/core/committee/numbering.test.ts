import { describe, expect, it } from 'vitest';
import {
  agendaItemNumber,
  agendaPartNumber,
  checkNumbering,
  chineseNumeral,
  formalNumeral,
  pointNumber,
  printedPoint,
  resolutionNumber,
  sectionNumber,
  speakerNumber,
  subPointLetter,
  subPointNumber,
  subPointSequence,
} from './numbering.js';

describe('the numbers of the minutes', () => {
  it('prints the sections 壹 to 玖 as the seed does', () => {
    const sections = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(sectionNumber);
    expect(sections.join('')).toBe('壹、貳、參、肆、伍、陸、柒、捌、玖、');
  });

  it('prints agenda items and their parts in Chinese numerals', () => {
    expect([1, 2, 3].map(agendaItemNumber)).toEqual(['一、', '二、', '三、']);
    expect([1, 2, 3].map(agendaPartNumber)).toEqual(['(一)', '(二)', '(三)']);
  });

  it('writes tens the way a document does', () => {
    expect([10, 11, 20, 21, 99].map(chineseNumeral)).toEqual([
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect([10, 12, 30].map(formalNumeral)).toEqual(['拾', '拾貳', '參拾']);
  });

  it('numbers speakers and resolutions 1. and points (1)', () => {
    expect(speakerNumber(8)).toBe('8.');
    expect(resolutionNumber(5)).toBe('5.');
    expect(pointNumber(3)).toBe('(3)');
  });

  it('letters sub-points a to f, and reads a letter back', () => {
    expect([1, 2, 3, 4, 5, 6].map(subPointNumber)).toEqual(['a.', 'b.', 'c.', 'd.', 'e.', 'f.']);
    expect(subPointSequence('f')).toBe(6);
    expect(subPointSequence('F')).toBeUndefined();
    expect(subPointSequence('ab')).toBeUndefined();
  });

  it('prints a point with its sub-point as the minutes do: (2), (2)b.', () => {
    expect(printedPoint(2, null)).toBe('(2)');
    expect(printedPoint(2, 'b')).toBe('(2)b.');
  });

  it('refuses numbers that cannot print', () => {
    expect(() => subPointLetter(27)).toThrow(RangeError);
    expect(() => pointNumber(0)).toThrow(RangeError);
    expect(() => chineseNumeral(100)).toThrow(RangeError);
    expect(() => speakerNumber(1.5)).toThrow(RangeError);
  });
});

describe('checkNumbering', () => {
  it('accepts 1, 2, 3', () => {
    expect(checkNumbering([1, 2, 3], 'points', 'point')).toEqual([]);
  });

  it('reports a dropped and a repeated number where they occur', () => {
    expect(checkNumbering([1, 3], 'points', 'point')).toEqual([
      { path: 'points[1]', message: 'point 3 should be 2' },
    ]);
    expect(checkNumbering([1, 1, 2], 'x', 'point').map((i) => i.path)).toEqual(['x[1]', 'x[2]']);
  });
});
