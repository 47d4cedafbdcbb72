import { describe, expect, it } from 'vitest';
import { clockTimeText, meetingDateText } from './meeting-time.js';

describe('the date and times of the minutes', () => {
  it('prints the seed meeting’s date with its weekday', () => {
    expect(meetingDateText('2023-11-09')).toBe('112年11月9日(星期四)');
    expect(meetingDateText('2024-02-04')).toBe('113年2月4日(星期日)');
  });

  it('prints times on the 12-hour clock, compact or spaced as the seed does', () => {
    expect(clockTimeText('16:30')).toBe('下午4時30分');
    expect(clockTimeText('18:00', true)).toBe('下午 6 時 00 分');
    expect(clockTimeText('09:05')).toBe('上午9時05分');
  });

  it('puts noon in the afternoon and midnight in the morning', () => {
    expect(clockTimeText('12:00')).toBe('下午12時00分');
    expect(clockTimeText('00:30')).toBe('上午0時30分');
  });

  it('refuses what is not a time', () => {
    expect(() => clockTimeText('24:00')).toThrow(RangeError);
    expect(() => clockTimeText('9:30')).toThrow(RangeError);
  });
});
