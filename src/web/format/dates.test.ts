import { describe, expect, it } from 'vitest';
import { formatDate, formatYear } from './dates.js';

describe('dates for readers', () => {
  it('shows ROC dates and years in Chinese and ISO ones in English', () => {
    expect(formatDate('2023-09-30', 'zh-TW')).toBe('112年9月30日');
    expect(formatDate('2023-09-30', 'en')).toBe('2023-09-30');
    expect(formatYear(2021, 'zh-TW')).toBe('110年');
    expect(formatYear(2021, 'en')).toBe('2021');
  });
});
