import { createWorkingCalendar } from '../../office-calendar.js';
import { lunarNewYear2024, november2023 } from '../../test-support/calendars.js';
import type { AgencyContacts, RemindableRecord, ReminderSender } from '../reminder-message.js';

export const calendar = createWorkingCalendar([november2023, lunarNewYear2024]);

/** 交通局 with a named clerk and an unnamed desk address. */
export const transportBureau: AgencyContacts = {
  code: 'tb',
  name: '交通局',
  nameEn: 'Transportation Bureau',
  contacts: [
    { name: '王承辦', address: 'clerk@tb.kcg.gov.tw' },
    { name: null, address: 'desk@tb.kcg.gov.tw' },
  ],
};

/** The committee, its secretariat (環保局) and the platform the reminders link to. */
export const sender: ReminderSender = {
  committee: {
    zh: '高雄市政府永續發展暨氣候變遷因應推動會',
    en: 'Kaohsiung City Government Sustainable Development and Climate Change Response Committee',
  },
  secretariat: { zh: '環保局', en: 'Environmental Protection Bureau' },
  platformUrl: 'https://netzero.example.gov.tw',
};

export const MEETING = 't7-plenary-1';

const printedMeeting = { meetingTitle: '第七屆第一次大會', meetingDate: '2023-11-09' };

/** An open record of the seed meeting, due Monday 2023-11-20, not yet replied. */
function awaiting(
  subject: RemindableRecord['subject'],
  agency: string,
  reference: string,
  text: string,
): RemindableRecord {
  const printed = { ...printedMeeting, reference, text };
  return {
    subject,
    agency,
    dueDate: '2023-11-20',
    reply: null,
    state: 'open',
    note: null,
    printed,
  };
}

/** 石豐宇's first point of item 一, assigned to 交通局. */
export const signalPriority = awaiting(
  { kind: 'point', meeting: MEETING, item: 1, comment: 1, point: 1, subPoint: null },
  'tb',
  '一、綜合討論 石豐宇委員 (1)',
  '交通號誌優先(減少停等紅燈)提升服務水準，優化減碳成果，可透過主要路口定期調查獲得減碳數據(大數據分析)。',
);

/** Resolution 3, assigned to every agency; this is 交通局's record of it. */
export const replyWithinSevenDays = awaiting(
  { kind: 'resolution', meeting: MEETING, resolution: 3 },
  'tb',
  '決議事項 3.',
  '請各局處依會議紀錄相關內容進行回復，並於文到 7 日內提交予推動會秘書處',
);

/** 石豐宇's second point, assigned to 環保局 as well as 交通局: here 環保局's record. */
export const carbonPlatform = awaiting(
  { kind: 'point', meeting: MEETING, item: 1, comment: 1, point: 2, subPoint: null },
  'epb',
  '一、綜合討論 石豐宇委員 (2)',
  '減碳方案預期成果應透過碳交易平台爭取國內外資助計畫經費(會推動大眾運輸減碳等計畫)。',
);
