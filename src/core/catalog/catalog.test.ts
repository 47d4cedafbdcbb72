import { describe, expect, it } from 'vitest';
import { catalogs } from './catalogs.js';
import { vocabularies, type VocabularyName } from '../vocabulary/all.js';
import { flattenCatalog, interpolate, type Catalog } from './catalog.js';

describe('the message catalogs', () => {
  it('fill placeholders and leave unknown ones visible', () => {
    expect(interpolate('共 {count} 項措施', { count: 12 })).toBe('共 12 項措施');
    expect(interpolate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('use the same placeholders in both languages for every message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const en = flattenCatalog(catalogs.en);
    for (const [key, chinese] of Object.entries(flattenCatalog(catalogs['zh-TW'])))
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(chinese));
  });

  it('word every label in each language, and differently in the two', () => {
    const en = flattenCatalog(catalogs.en);
    for (const [key, chinese] of Object.entries(flattenCatalog(catalogs['zh-TW']))) {
      expect(chinese.trim(), key).not.toBe('');
      expect(en[key as keyof typeof en], key).not.toBe(chinese);
    }
  });

  /** Each catalog group that words one closed list, and that list's name in vocabulary/all.ts. */
  const wordedLists: Partial<Record<keyof Catalog, VocabularyName>> = {
    status: 'progressStatus',
    targetKind: 'targetKind',
    basis: 'resultBasis',
    sector: 'sector',
    role: 'role',
    roundStatus: 'roundStatus',
    state: 'submissionState',
    approval: 'budgetStatus',
    emissionOrigin: 'emissionOrigin',
    uploadProblem: 'uploadProblemCode',
    meetingKind: 'meetingKind',
    agendaItemKind: 'agendaItemKind',
    memberCategory: 'memberCategory',
    memberRole: 'memberRole',
    commentChannel: 'commentChannel',
    writtenCommentForm: 'writtenCommentForm',
    followUpState: 'followUpState',
    reminderKind: 'reminderKind',
  };

  it.each(Object.entries(wordedLists))(
    'word each code of %s once, in both languages, and no code the list lacks',
    (group, list) => {
      const codes = (vocabularies[list] as readonly string[]).map(String).sort();
      for (const catalog of Object.values(catalogs)) {
        const words = catalog[group as keyof Catalog] as Record<string, string>;
        expect(Object.keys(words).sort()).toEqual(codes);
        if (group !== 'uploadProblem')
          expect(new Set(Object.values(words)).size).toBe(codes.length);
      }
    },
  );

  it('use the minutes’ words for the follow-up of a point', () => {
    expect(catalogs['zh-TW'].followUpState.closed).toBe('解除列管');
    expect(catalogs['zh-TW'].followUpState.kept_open).toBe('繼續列管');
  });

  it('flatten to the keys the web looks up', () => {
    const zh = flattenCatalog(catalogs['zh-TW']);
    expect(zh['status.no_data']).toBe('尚無資料');
    expect(zh['approval.council_approved']).toBe('已經市議會審議通過');
  });
});
