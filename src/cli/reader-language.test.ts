import { describe, expect, it } from 'vitest';
import { issueIn, readerLanguage } from './reader-language.js';

const problem = {
  path: '執行量!H3',
  message: 'a number is expected, not the text "約四千"',
  code: 'not_a_number',
  params: { text: '約四千' },
};

describe("the terminal reader's language", () => {
  it('follows NETZERO_LANG, then the locale, and is English otherwise', () => {
    expect(readerLanguage({ NETZERO_LANG: 'zh', LANG: 'en_US.UTF-8' })).toBe('zh-TW');
    expect(readerLanguage({ LANG: 'zh_TW.UTF-8' })).toBe('zh-TW');
    expect(readerLanguage({ LC_ALL: 'C', LANG: 'zh_TW.UTF-8' })).toBe('en');
    expect(readerLanguage({})).toBe('en');
  });

  it('words a coded problem from the catalog, and shows any other as sent', () => {
    expect(issueIn(problem, 'zh-TW')).toBe('應為數字，不是文字「約四千」');
    expect(issueIn(problem, 'en')).toBe(problem.message);
    expect(issueIn({ path: 'x', message: 'as sent' }, 'zh-TW')).toBe('as sent');
  });
});
