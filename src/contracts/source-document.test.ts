import { describe, expect, it } from 'vitest';
import { citationGaps } from './source-document.js';

describe('citationGaps', () => {
  it('lists what an older source lacks to be cited as a publication', () => {
    expect(citationGaps({ code: 'report', title: '成果報告', kind: 'report' })).toEqual([
      'names no publisher',
      'gives no date (write dateUnknown: true if none is known)',
      'gives no url or documentNumber (write urlUnknown: true if none is known)',
    ]);
  });

  it('accepts a source that says its date and address are not known', () => {
    const source = {
      code: 'minutes',
      title: '第七屆第一次大會會議紀錄',
      publisher: '高雄市政府永續發展暨氣候變遷因應推動會',
      kind: 'minutes' as const,
      dateUnknown: true as const,
      urlUnknown: true as const,
    };
    expect(citationGaps(source)).toEqual([]);
    expect(
      citationGaps({ ...source, urlUnknown: undefined, documentNumber: '高市府環氣字第1號' }),
    ).toEqual([]);
  });
});
