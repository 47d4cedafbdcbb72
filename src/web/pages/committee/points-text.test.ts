import { describe, expect, it } from 'vitest';
import { typedPoints } from './points-text.js';

describe('typedPoints', () => {
  it('reads one point per line, dropping printed numbers, and a. b. lines as sub-points', () => {
    expect(typedPoints('(1) 建議增加公車\na. 路線\nb、班次\n\n2. 另請交通局說明')).toEqual([
      { text: '建議增加公車', subPoints: [{ text: '路線' }, { text: '班次' }] },
      { text: '另請交通局說明', subPoints: [] },
    ]);
  });

  it('keeps a leading letter line as a point when no point comes before it', () => {
    expect(typedPoints('a. 第一點')).toEqual([{ text: 'a. 第一點', subPoints: [] }]);
  });

  it('gives nothing for blank text, so the API names the missing points', () => {
    expect(typedPoints(' \n\n')).toEqual([]);
  });
});
