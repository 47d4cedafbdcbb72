import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './timestamps.js';

describe('timestamps in Taiwan time', () => {
  it('move a UTC moment to UTC+8, across the date line', () => {
    expect(formatTimestamp('2023-11-23T17:04:00.000Z', 'zh-TW')).toBe('112年11月24日 01:04');
    expect(formatTimestamp('2023-11-23T07:04:00Z', 'en')).toBe('2023-11-23 15:04 (UTC+8)');
  });
});
