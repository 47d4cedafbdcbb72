import type { IsoDate } from '../dates.js';
import { formatRocDate } from '../roc-date.js';
import { followUpPath } from './follow-up-path.js';
import type { FollowUpRecord, FollowUpSubject } from './follow-up-record.js';
import { reminderKinds, type DueReminder, type ReminderKind } from './reminders.js';

/** What a reminder prints of a point or resolution, as the minutes number it. */
export interface PrintedSubject {
  /** 第七屆第一次大會 */
  meetingTitle: string;
  meetingDate: IsoDate;
  /** Where it was said, as printed: 一、綜合討論 石豐宇委員 (1); 決議事項 3. */
  reference: string;
  /** The words, verbatim; the reminder quotes the start of them. */
  text: string;
}

/** A follow-up record with what its reminder prints: what the database layer hands in. */
export type RemindableRecord = FollowUpRecord & { printed: PrintedSubject };

/** Someone at an agency who receives its reminders. */
export interface MailContact {
  name: string | null;
  address: string;
}

export interface AgencyContacts {
  code: string;
  name: string;
  nameEn: string | null;
  contacts: readonly MailContact[];
}

/** A name in both languages: the message carries a Chinese and an English part. */
export interface Label {
  zh: string;
  en: string;
}

/** Who the reminders come from, and where the platform is. */
export interface ReminderSender {
  committee: Label;
  /** The committee's secretariat (秘書處), whom agencies ask. */
  secretariat: Label;
  /** The site's address (https://netzero.example.gov.tw); links are bare paths without it. */
  platformUrl: string | null;
}

/** One e-mail: an agency's reminders of one kind, to all its contacts. */
export interface ReminderMessage {
  agency: string;
  kind: ReminderKind;
  to: readonly MailContact[];
  subject: string;
  text: string;
  /** What it reminds of, in the order printed: record these as sent once the mail is accepted. */
  reminders: readonly DueReminder<RemindableRecord>[];
}

/** Reminders that cannot be mailed, and why: the secretariat chases these by phone. */
export interface UnreachableReminders {
  agency: string;
  reason: string;
  reminders: readonly DueReminder<RemindableRecord>[];
}

const PLATFORM: Label = { zh: '淨零管考平台', en: 'Net-Zero Tracker' };
const EXCERPT_LENGTH = 60;

/**
 * The e-mails for the reminders due: one per agency and kind (due soon, overdue), addressed to
 * all the agency's contacts, listing its points by due date and then in the minutes' order. Each
 * point shows its meeting, its number as printed, the start of its words, its due date in ROC form
 * and a link to it; the Traditional Chinese text comes first, the English after it. An agency
 * with no contact, or unknown, is returned as unreachable rather than dropped.
 * @example composeReminders(due, agencies, sender).messages[0].subject // '【推動會列管事項】交通局有 2 項即將屆期 | …'
 */
export function composeReminders(
  due: readonly DueReminder<RemindableRecord>[],
  agencies: readonly AgencyContacts[],
  sender: ReminderSender,
): { messages: ReminderMessage[]; unreachable: UnreachableReminders[] } {
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const groups = new Map<string, DueReminder<RemindableRecord>[]>();
  for (const reminder of due) {
    const key = `${reminder.record.agency}\u0000${reminder.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), reminder]);
  }
  const messages: ReminderMessage[] = [];
  const unreachable: UnreachableReminders[] = [];
  const ordered = [...groups.values()].sort(
    (a, b) =>
      compareText(a[0]?.record.agency ?? '', b[0]?.record.agency ?? '') ||
      reminderKinds.indexOf(a[0]?.kind ?? 'due_soon') -
        reminderKinds.indexOf(b[0]?.kind ?? 'due_soon'),
  );
  for (const group of ordered) {
    const reminders = [...group].sort(compareReminders);
    const [first] = reminders;
    if (!first) continue;
    const agency = byCode.get(first.record.agency);
    if (!agency || agency.contacts.length === 0) {
      const reason = agency ? `${agency.name} has no e-mail contact` : 'unknown agency';
      unreachable.push({ agency: first.record.agency, reason, reminders });
      continue;
    }
    messages.push({
      agency: agency.code,
      kind: first.kind,
      to: agency.contacts,
      subject: subjectLine(first.kind, agency, reminders.length),
      text: body(first.kind, agency, reminders, sender),
      reminders,
    });
  }
  return { messages, unreachable };
}

function subjectLine(kind: ReminderKind, agency: AgencyContacts, count: number): string {
  return kind === 'due_soon'
    ? `【推動會列管事項】${agency.name}有 ${count} 項即將屆期 | Follow-up items due soon: ${count}`
    : `【推動會列管事項】${agency.name}有 ${count} 項已逾期未回復 | Follow-up items overdue: ${count}`;
}

function body(
  kind: ReminderKind,
  agency: AgencyContacts,
  reminders: readonly DueReminder<RemindableRecord>[],
  sender: ReminderSender,
): string {
  const link = (subject: FollowUpSubject) => `${sender.platformUrl ?? ''}${followUpPath(subject)}`;
  const count = reminders.length;
  const zh = [
    `${agency.name} 承辦同仁您好：`,
    '',
    kind === 'due_soon'
      ? `${sender.committee.zh}下列 ${count} 項列管事項之回復期限將至，請於期限內至${PLATFORM.zh}填報辦理情形：`
      : `${sender.committee.zh}下列 ${count} 項列管事項已逾回復期限尚未回復，請儘速至${PLATFORM.zh}填報辦理情形：`,
    '',
    ...reminders.flatMap(({ record, dueDate, daysOverdue, round }, i) => [
      `${i + 1}. ${record.printed.meetingTitle}(${formatRocDate(record.printed.meetingDate)}) ${record.printed.reference}`,
      `   內容：${excerpt(record.printed.text)}`,
      `   回復期限：${formatRocDate(dueDate)}${kind === 'overdue' ? `（已逾期 ${daysOverdue} 日，第 ${round} 次催辦）` : ''}`,
      `   連結：${link(record.subject)}`,
      '',
    ]),
    `本信由${PLATFORM.zh}自動寄發，請勿直接回信；如有疑問，請洽推動會秘書處（${sender.secretariat.zh}）。`,
  ];
  const en = [
    `Dear colleagues of the ${agency.nameEn ?? agency.name},`,
    '',
    kind === 'due_soon'
      ? `${count} follow-up item(s) of the ${sender.committee.en} are due soon. Please reply on the ${PLATFORM.en} by the due date:`
      : `${count} follow-up item(s) of the ${sender.committee.en} are past their due date without a reply. Please reply on the ${PLATFORM.en} as soon as possible:`,
    '',
    ...reminders.flatMap(({ record, dueDate, daysOverdue, round }, i) => [
      `${i + 1}. ${record.printed.meetingTitle} (${record.printed.meetingDate}), ${record.printed.reference}`,
      `   Due ${dueDate}${kind === 'overdue' ? `, ${daysOverdue} day(s) overdue (reminder ${round})` : ''}: ${link(record.subject)}`,
      '',
    ]),
    `This message was sent automatically by the ${PLATFORM.en}; please do not reply to it. For questions, contact the committee's secretariat (${sender.secretariat.en}).`,
  ];
  return [...zh, '', '----------', '', ...en, ''].join('\n');
}

/** The start of a text on one line, cut at a character (never inside one) with an ellipsis. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const characters = Array.from(text.replace(/\s+/g, ' ').trim());
  return characters.length <= length
    ? characters.join('')
    : `${characters.slice(0, length).join('')}…`;
}

/** By due date, then meeting, then the minutes' order (agenda items before resolutions). */
function compareReminders(a: DueReminder<RemindableRecord>, b: DueReminder<RemindableRecord>) {
  return (
    compareText(a.dueDate, b.dueDate) ||
    compareText(a.record.printed.meetingDate, b.record.printed.meetingDate) ||
    compareText(a.record.subject.meeting, b.record.subject.meeting) ||
    compareNumbers(minutesOrder(a.record.subject), minutesOrder(b.record.subject))
  );
}

function minutesOrder(subject: FollowUpSubject): (number | string)[] {
  return subject.kind === 'resolution'
    ? [1, subject.resolution]
    : [0, subject.item, subject.comment, subject.point, subject.subPoint ?? ''];
}

function compareNumbers(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? 0, b[i] ?? 0];
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number'
      ? x - y
      : compareText(String(x), String(y));
  }
  return 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
