import { describe, expect, it } from 'vitest';
import { catalogs } from './catalogs.js';
import { flattenCatalog, interpolate } from './catalog.js';

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

  it('flatten to the keys the web looks up', () => {
    const zh = flattenCatalog(catalogs['zh-TW']);
    expect(zh['status.no_data']).toBe('尚無資料');
    expect(zh['approval.council_approved']).toBe('已經市議會審議通過');
  });
});
