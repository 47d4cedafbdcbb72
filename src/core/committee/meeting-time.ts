import type { IsoDate } from '../dates.js';
import { weekday } from '../office-calendar.js';
import { formatRocDate } from '../roc-date.js';

/**
 * The date and clock times as the minutes print them: 112年11月9日(星期四), 下午4時30分. Times are
 * stored 24-hour ('16:30'); the minutes use the 12-hour clock with 上午 (before noon) and 下午
 * (noon on), so 12:00 prints 下午12時00分 and 00:30 上午0時30分.
 */

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** @example meetingDateText('2023-11-09') // '112年11月9日(星期四)' */
export function meetingDateText(date: IsoDate): string {
  return `${formatRocDate(date)}(星期${WEEKDAYS[weekday(date)] ?? ''})`;
}

/**
 * A 'HH:MM' time on the 12-hour clock. `spaced` puts spaces around the numbers, as the seed
 * prints its closing time (散會：同日下午 6 時 00 分) but not its opening time (下午4時30分).
 * @example clockTimeText('16:30') // '下午4時30分'; clockTimeText('18:00', true) // '下午 6 時 00 分'
 */
export function clockTimeText(time: string, spaced = false): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`"${time}" is not a time HH:MM`);
  const hours = Number(match[1]);
  const minutes = match[2] ?? '00';
  const half = hours < 12 ? '上午' : '下午';
  const hour = String(hours > 12 ? hours - 12 : hours);
  return spaced ? `${half} ${hour} 時 ${minutes} 分` : `${half}${hour}時${minutes}分`;
}
