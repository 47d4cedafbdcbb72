import { addDays, compareDates, dayNumber, type IsoDate } from '../dates.js';
import { invalid } from '../errors.js';
import { calendarGapOf, type CalendarGapCode, type WorkingCalendar } from '../office-calendar.js';
import { addWorkingDays } from '../working-days.js';
import { awaitsReply } from './follow-up.js';
import { followUpKey } from './follow-up-path.js';
import type { FollowUpRecord, FollowUpSubject } from './follow-up-record.js';

/**
 * Reminders to agencies that owe a reply: one shortly before the due date, then, once it has
 * passed, one straight away and again every few working days until the agency replies. This file
 * decides which are due on a day; reminder-message.ts words them; sending is the server's.
 */
export const reminderKinds = ['due_soon', 'overdue'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export interface ReminderPolicy {
  /** Working days before the due date the reminder goes: 2 → a Monday deadline, the Thursday. */
  daysBeforeDue: number;
  /** Working days between two overdue reminders to the same agency for the same point. */
  overdueEvery: number;
}

/** Two working days' notice, then a reminder every working week (five working days) once overdue. */
export const defaultReminderPolicy: ReminderPolicy = { daysBeforeDue: 2, overdueEvery: 5 };

/** A reminder already sent, as the database keeps it. */
export interface SentReminder {
  subject: FollowUpSubject;
  agency: string;
  kind: ReminderKind;
  /** The due date it was about: a new deadline (a point kept open with a new date) starts afresh. */
  dueDate: IsoDate;
  /** 1 for the first of its kind; overdue reminders count 1, 2, 3 … */
  round: number;
  sentOn: IsoDate;
}

/** A reminder to send today for one record (one point and agency). */
export interface DueReminder<R extends FollowUpRecord = FollowUpRecord> {
  record: R;
  kind: ReminderKind;
  round: number;
  dueDate: IsoDate;
  /** Calendar days past the due date; 0 for a reminder before it. */
  daysOverdue: number;
}

/**
 * A record whose reminders cannot be counted: its dates reach a year the office calendar does not
 * confirm (2027 until its calendar is verified). Its reminder is skipped, and the reason shown.
 */
export interface UncountedReminder<R extends FollowUpRecord = FollowUpRecord> {
  record: R;
  code: CalendarGapCode;
  year: number;
  /** In English, for the log. */
  reason: string;
}

export interface ReminderPlan<R extends FollowUpRecord = FollowUpRecord> {
  due: DueReminder<R>[];
  uncounted: UncountedReminder<R>[];
}

/**
 * The reminders due on `today`, given the reminders already sent: for each record still awaiting
 * its agency's reply (open or kept open) with a due date,
 * - `due_soon` once, from `daysBeforeDue` working days before the due date until the due date;
 * - `overdue` round 1 on the first working day after the due date (or the first run after it),
 *   then round n + 1 once `overdueEvery` working days have passed since round n was sent.
 * A kind and round already sent for a record and due date is never due again, and a run on a day
 * off sends nothing (offices read mail on working days; the next working day catches up).
 * A record whose count reaches a year without a confirmed office calendar is not guessed: it is
 * `uncounted`, with the year and why, and the others go on. Records keep their order; the same
 * point and agency twice is refused, as it would be reminded twice.
 * @example planReminders(records, [], '2023-11-16', calendar).due // due_soon for points due 2023-11-20
 */
export function planReminders<R extends FollowUpRecord>(
  records: readonly R[],
  sent: readonly SentReminder[],
  today: IsoDate,
  calendar: WorkingCalendar,
  policy: ReminderPolicy = defaultReminderPolicy,
): ReminderPlan<R> {
  checkPolicy(policy);
  const todayCounted = counted(() => calendar.isWorkingDay(today, 'today'));
  const history = new Map<string, SentReminder[]>();
  for (const reminder of sent) {
    const key = followUpKey(reminder.subject, reminder.agency);
    history.set(key, [...(history.get(key) ?? []), reminder]);
  }
  const seen = new Set<string>();
  const plan: ReminderPlan<R> = { due: [], uncounted: [] };
  records.forEach((record, i) => {
    const key = followUpKey(record.subject, record.agency);
    if (seen.has(key)) {
      throw invalid(`records[${i}]`, `the same point and agency (${key}) is listed twice`);
    }
    seen.add(key);
    const dueDate = record.dueDate;
    if (!awaitsReply(record.state) || dueDate === null) return;
    const earlier = (history.get(key) ?? []).filter((s) => s.dueDate === dueDate);
    const path = `records[${i}].dueDate`;
    if (todayCounted.gap) {
      plan.uncounted.push({ record, ...todayCounted.gap });
      return;
    }
    const next = counted(() => nextReminder(earlier, dueDate, today, calendar, policy, path));
    if (next.gap) plan.uncounted.push({ record, ...next.gap });
    else if (next.value && todayCounted.value) plan.due.push({ record, dueDate, ...next.value });
  });
  return plan;
}

/** planReminders' due reminders alone. */
export function dueReminders<R extends FollowUpRecord>(
  records: readonly R[],
  sent: readonly SentReminder[],
  today: IsoDate,
  calendar: WorkingCalendar,
  policy: ReminderPolicy = defaultReminderPolicy,
): DueReminder<R>[] {
  return planReminders(records, sent, today, calendar, policy).due;
}

type Gap = Omit<UncountedReminder, 'record'>;

/** `count()`'s value, or the calendar gap it ran into (any other error goes on). */
function counted<T>(count: () => T): { value?: T; gap?: Gap } {
  try {
    return { value: count() };
  } catch (error) {
    const gap = calendarGapOf(error);
    if (!gap) throw error;
    return { gap: { code: gap.code, year: gap.year, reason: gap.message } };
  }
}

type Next = Pick<DueReminder, 'kind' | 'round' | 'daysOverdue'>;

function nextReminder(
  earlier: readonly SentReminder[],
  dueDate: IsoDate,
  today: IsoDate,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  path: string,
): Next | undefined {
  if (compareDates(today, dueDate) <= 0) {
    if (earlier.some((s) => s.kind === 'due_soon')) return undefined;
    const from = addWorkingDays(dueDate, -policy.daysBeforeDue, calendar, path);
    return compareDates(today, from) >= 0
      ? { kind: 'due_soon', round: 1, daysOverdue: 0 }
      : undefined;
  }
  const daysOverdue = dayNumber(today) - dayNumber(dueDate);
  const last = earlier
    .filter((s) => s.kind === 'overdue')
    .reduce<SentReminder | undefined>((a, b) => (a && a.round >= b.round ? a : b), undefined);
  if (!last) return { kind: 'overdue', round: 1, daysOverdue };
  return workingDaysPassed(last.sentOn, today, policy.overdueEvery, calendar, path)
    ? { kind: 'overdue', round: last.round + 1, daysOverdue }
    : undefined;
}

/**
 * Whether `count` working days have passed after `from` by `today`: the same answer as
 * today ≥ addWorkingDays(from, count), but read from the days up to today only, so a next
 * reminder that would fall in a year whose calendar is unconfirmed is simply not due yet.
 */
function workingDaysPassed(
  from: IsoDate,
  today: IsoDate,
  count: number,
  calendar: WorkingCalendar,
  path: string,
): boolean {
  let left = count;
  for (let day = addDays(from, 1); left > 0 && compareDates(day, today) <= 0; day = addDays(day, 1))
    if (calendar.isWorkingDay(day, path)) left -= 1;
  return left === 0;
}

function checkPolicy(policy: ReminderPolicy): void {
  for (const field of ['daysBeforeDue', 'overdueEvery'] as const) {
    const value = policy[field];
    if (!Number.isInteger(value) || value < 1 || value > 30) {
      throw invalid(
        `policy.${field}`,
        `${value} is not a whole number of working days from 1 to 30`,
      );
    }
  }
}
