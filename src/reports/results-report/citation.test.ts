import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.js';

describe('formatCitation', () => {
  it('prints publisher — title — date — web address, the date in the ROC calendar', () => {
    expect(
      formatCitation({
        title: '高市碳預算計畫獲永續發展獎',
        publisher: 'Yahoo奇摩新聞',
        date: '2025-12-08',
        url: 'https://tw.news.yahoo.com/x.html',
      }),
    ).toBe(
      'Yahoo奇摩新聞 — 高市碳預算計畫獲永續發展獎 — 114年12月8日 — https://tw.news.yahoo.com/x.html',
    );
  });

  it('gives a document number where there is no address, and says what is not known', () => {
    expect(
      formatCitation({
        title: '自治條例',
        publisher: '高雄市政府',
        date: '2024',
        documentNumber: '高市府環氣字第11302418200號',
      }),
    ).toBe('高雄市政府 — 自治條例 — 113年 — 文號 高市府環氣字第11302418200號');
    expect(
      formatCitation({
        title: '得獎專案頁',
        publisher: null,
        date: null,
        dateUnknown: true,
        urlUnknown: true,
      }),
    ).toBe('得獎專案頁 — 日期不明 — 網址不明');
  });
});
