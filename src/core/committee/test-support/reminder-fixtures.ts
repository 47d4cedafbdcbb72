import { createWorkingCalendar, type OfficeCalendar } from '../../office-calendar.js';
import type { RemindableRecord } from '../reminder-message.js';

/** November 2023 has no weekday holiday: only weekends are off. */
const year2023: OfficeCalendar = { year: 2023, verified: true, daysOff: [], workingDays: [] };

/** 113年 (2024) around 春節, as published: five weekdays off and a make-up Saturday. */
const year2024: OfficeCalendar = {
  year: 2024,
  verified: true,
  daysOff: [
    { date: '2024-02-08', name: '小年夜 (調整放假)' },
    { date: '2024-02-09', name: '農曆除夕' },
    { date: '2024-02-12', name: '春節' },
    { date: '2024-02-13', name: '補假' },
    { date: '2024-02-14', name: '補假' },
  ],
  workingDays: [{ date: '2024-02-17', name: '補行上班' }],
};

export const calendar = createWorkingCalendar([year2023, year2024]);

export const MEETING = 't7-plenary-1';

const printedMeeting = { meetingTitle: '第七屆第一次大會', meetingDate: '2023-11-09' };

/** 石豐宇's first point of item 一, assigned to 交通局, due Monday 2023-11-20 and not yet replied. */
export const signalPriority: RemindableRecord = {
  subject: { kind: 'point', meeting: MEETING, item: 1, comment: 1, point: 1, subPoint: null },
  agency: 'tb',
  dueDate: '2023-11-20',
  reply: null,
  state: 'open',
  note: null,
  printed: {
    ...printedMeeting,
    reference: '一、綜合討論 石豐宇委員 (1)',
    text: '交通號誌優先(減少停等紅燈)提升服務水準，優化減碳成果，可透過主要路口定期調查獲得減碳數據(大數據分析)。',
  },
};

/** Resolution 3, assigned to every agency; this is 交通局's record of it. */
export const replyWithinSevenDays: RemindableRecord = {
  subject: { kind: 'resolution', meeting: MEETING, resolution: 3 },
  agency: 'tb',
  dueDate: '2023-11-20',
  reply: null,
  state: 'open',
  note: null,
  printed: {
    ...printedMeeting,
    reference: '決議事項 3.',
    text: '請各局處依會議紀錄相關內容進行回復，並於文到 7 日內提交予推動會秘書處',
  },
};

/** 石豐宇's second point, assigned to 環保局 as well as 交通局: here 環保局's record. */
export const carbonPlatform: RemindableRecord = {
  subject: { kind: 'point', meeting: MEETING, item: 1, comment: 1, point: 2, subPoint: null },
  agency: 'epb',
  dueDate: '2023-11-20',
  reply: null,
  state: 'open',
  note: null,
  printed: {
    ...printedMeeting,
    reference: '一、綜合討論 石豐宇委員 (2)',
    text: '減碳方案預期成果應透過碳交易平台爭取國內外資助計畫經費(會推動大眾運輸減碳等計畫)。',
  },
};
