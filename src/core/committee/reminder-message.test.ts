import { describe, expect, it } from 'vitest';
import { followUpPath } from './follow-up-path.js';
import {
  composeReminders,
  excerpt,
  type AgencyContacts,
  type RemindableRecord,
} from './reminder-message.js';
import { dueReminders } from './reminders.js';
import {
  calendar,
  carbonPlatform,
  replyWithinSevenDays,
  sender,
  signalPriority,
  transportBureau,
} from './test-support/reminder-fixtures.js';

const agencies: AgencyContacts[] = [
  transportBureau,
  { code: 'epb', name: '環保局', nameEn: 'Environmental Protection Bureau', contacts: [] },
];

function compose(records: readonly RemindableRecord[], today: string) {
  return composeReminders(dueReminders(records, [], today, calendar), agencies, sender);
}

describe('composeReminders', () => {
  // Given resolution first: the message lists the agenda item's point before it.
  const { messages, unreachable } = compose([replyWithinSevenDays, signalPriority], '2023-11-16');
  const [message] = messages;

  it('writes one message per agency and kind, to all its contacts', () => {
    expect(messages).toHaveLength(1);
    expect(message?.agency).toBe('tb');
    expect(message?.kind).toBe('due_soon');
    expect(message?.to.map((c) => c.address)).toEqual([
      'clerk@tb.kcg.gov.tw',
      'desk@tb.kcg.gov.tw',
    ]);
    expect(message?.reminders.map((r) => r.record)).toEqual([signalPriority, replyWithinSevenDays]);
    expect(unreachable).toEqual([]);
  });

  it('says in the subject, in Chinese then English, how many points are due soon', () => {
    expect(message?.subject).toBe(
      '【推動會列管事項】交通局有 2 項即將屆期 | Follow-up items due soon: 2',
    );
  });

  it('lists each point with its meeting, printed number, words, ROC due date and link', () => {
    const text = message?.text ?? '';
    expect(text).toContain(
      [
        '1. 第七屆第一次大會(112年11月9日) 一、綜合討論 石豐宇委員 (1)',
        '   內容：交通號誌優先(減少停等紅燈)提升服務水準，優化減碳成果，可透過主要路口定期調查獲得減碳數據(大數據分析)。',
        '   回復期限：112年11月20日',
        '   連結：https://netzero.example.gov.tw/committee/meetings/t7-plenary-1/items/1/comments/1/points/1',
      ].join('\n'),
    );
    expect(text).toContain(
      '2. 第七屆第一次大會(112年11月9日) 決議事項 3.\n   內容：請各局處依會議紀錄相關內容進行回復',
    );
    expect(text.startsWith('交通局 承辦同仁您好：')).toBe(true);
    expect(text).toContain('回復期限將至');
    expect(text).toContain('請洽推動會秘書處（環保局）');
  });

  it('gives the English after the Chinese, with ISO dates', () => {
    const text = message?.text ?? '';
    const english = text.indexOf('Dear colleagues of the Transportation Bureau,');
    expect(english).toBeGreaterThan(text.indexOf('請勿直接回信'));
    expect(text.slice(english)).toContain(
      '2 follow-up item(s) of the Kaohsiung City Government Sustainable Development and Climate Change Response Committee are due soon.',
    );
    expect(text.slice(english)).toContain(
      '   Due 2023-11-20: https://netzero.example.gov.tw/committee/meetings/t7-plenary-1/resolutions/3',
    );
  });

  it('says how late an overdue point is and which reminder this is', () => {
    const overdue = compose([signalPriority], '2023-11-23').messages[0];
    expect(overdue?.kind).toBe('overdue');
    expect(overdue?.subject).toBe(
      '【推動會列管事項】交通局有 1 項已逾期未回復 | Follow-up items overdue: 1',
    );
    expect(overdue?.text).toContain('   回復期限：112年11月20日（已逾期 3 日，第 1 次催辦）');
    expect(overdue?.text).toContain('已逾回復期限尚未回復，請儘速');
    expect(overdue?.text).toContain('   Due 2023-11-20, 3 day(s) overdue (reminder 1): ');
  });

  it('keeps an agency’s due-soon and overdue points in separate messages', () => {
    const later = { ...replyWithinSevenDays, dueDate: '2023-11-24' };
    const result = compose([signalPriority, later], '2023-11-22');
    expect(result.messages.map((m) => [m.agency, m.kind, m.reminders.length])).toEqual([
      ['tb', 'due_soon', 1],
      ['tb', 'overdue', 1],
    ]);
  });

  it('returns the reminders of an agency without contacts, or unknown, as unreachable', () => {
    const unknown = { ...carbonPlatform, agency: 'nowhere' };
    const result = compose([carbonPlatform, unknown], '2023-11-16');
    expect(result.messages).toEqual([]);
    expect(result.unreachable.map((u) => [u.agency, u.reason, u.reminders.length])).toEqual([
      ['epb', '環保局 has no e-mail contact', 1],
      ['nowhere', 'unknown agency', 1],
    ]);
  });

  it('prints bare paths when the platform’s address is not known', () => {
    const due = dueReminders([signalPriority], [], '2023-11-16', calendar);
    const text = composeReminders(due, agencies, { ...sender, platformUrl: null }).messages[0]
      ?.text;
    expect(text).toContain(`   連結：${followUpPath(signalPriority.subject)}\n`);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole on one line', () => {
    expect(excerpt('  同意\n備查  ')).toBe('同意 備查');
  });

  it('cuts a long text after sixty characters, never inside one', () => {
    const long = '𠀋'.repeat(70);
    expect(excerpt(long)).toBe(`${'𠀋'.repeat(60)}…`);
  });
});
