import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { interpolate } from './i18n.js';
import { zhTW } from './zh-TW.js';

describe('message catalogues', () => {
  it('fill placeholders and leave unknown ones visible', () => {
    expect(interpolate('共 {count} 項措施', { count: 12 })).toBe('共 12 項措施');
    expect(interpolate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('use the same placeholders in both languages for every message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, chinese] of Object.entries(zhTW)) {
      expect(placeholders(en[key as keyof typeof zhTW]), key).toEqual(placeholders(chinese));
    }
  });
});
