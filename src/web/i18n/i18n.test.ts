import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { zhTW } from './zh-TW.js';

describe('message catalogues', () => {
  it('use the same placeholders in both languages for every message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, chinese] of Object.entries(zhTW)) {
      expect(placeholders(en[key as keyof typeof zhTW]), key).toEqual(placeholders(chinese));
    }
  });
});
