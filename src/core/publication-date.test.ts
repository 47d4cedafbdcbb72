import { describe, expect, it } from 'vitest';
import { formatRocPublicationDate, isPublicationDate } from './publication-date.js';

describe('publication dates', () => {
  it('accepts a year, a month or a day, and nothing that is not a real one', () => {
    for (const ok of ['2023', '2023-11', '2023-11-20', '2024-02-29']) {
      expect(isPublicationDate(ok)).toBe(true);
    }
    for (const bad of ['23', '2023-1', '2023-13', '2023-02-29', '2023-11-31', '0000', '2023/11']) {
      expect(isPublicationDate(bad)).toBe(false);
    }
  });

  it('writes it in the ROC calendar only as precisely as it is known', () => {
    expect(formatRocPublicationDate('2023')).toBe('112年');
    expect(formatRocPublicationDate('2023-11')).toBe('112年11月');
    expect(formatRocPublicationDate('2023-11-09')).toBe('112年11月9日');
    expect(formatRocPublicationDate('1908-05')).toBe('1908-05');
  });
});
