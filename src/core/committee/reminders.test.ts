import { describe, expect, it } from 'vitest';
import { thrown } from '../test-support/thrown.js';
import type { FollowUpRecord } from './follow-up-record.js';
import { createWorkingCalendar } from '../office-calendar.js';
import { lunarNewYear2024, november2023 } from '../test-support/calendars.js';
import { dueReminders, planReminders, type SentReminder } from './reminders.js';
import { calendar, carbonPlatform, signalPriority } from './test-support/reminder-fixtures.js';

/** What is due on a day, as [kind, round, daysOverdue] per record. */
function due(records: readonly FollowUpRecord[], today: string, sent: SentReminder[] = []) {
  return dueReminders(records, sent, today, calendar).map((r) => [r.kind, r.round, r.daysOverdue]);
}

function sentFor(
  record: FollowUpRecord,
  kind: SentReminder['kind'],
  round: number,
  sentOn: string,
): SentReminder {
  const dueDate = record.dueDate ?? '';
  return { subject: record.subject, agency: record.agency, kind, dueDate, round, sentOn };
}

describe('dueReminders: before the due date', () => {
  // Due Monday 2023-11-20: two working days before is Thursday the 16th.
  it('reminds two working days before the due date, not earlier', () => {
    expect(due([signalPriority], '2023-11-15')).toEqual([]);
    expect(due([signalPriority], '2023-11-16')).toEqual([['due_soon', 1, 0]]);
  });

  it('still reminds on the due date itself when no reminder went out before', () => {
    expect(due([signalPriority], '2023-11-20')).toEqual([['due_soon', 1, 0]]);
  });

  it('reminds only once before the due date', () => {
    const sent = [sentFor(signalPriority, 'due_soon', 1, '2023-11-16')];
    expect(due([signalPriority], '2023-11-17', sent)).toEqual([]);
    expect(due([signalPriority], '2023-11-20', sent)).toEqual([]);
  });

  it('counts working days by the office calendar, past 春節', () => {
    // Due Thursday 2024-02-15; 2-08 to 2-14 are off, so two working days before is Tuesday 2-06.
    const record = { ...signalPriority, dueDate: '2024-02-15' };
    expect(due([record], '2024-02-05')).toEqual([]);
    expect(due([record], '2024-02-06')).toEqual([['due_soon', 1, 0]]);
  });

  it('starts afresh when the point gets a new due date', () => {
    const sent = [sentFor(signalPriority, 'due_soon', 1, '2023-11-16')];
    const kept = { ...signalPriority, state: 'kept_open', dueDate: '2023-12-04' } as const;
    expect(due([kept], '2023-11-29', sent)).toEqual([]);
    expect(due([kept], '2023-11-30', sent)).toEqual([['due_soon', 1, 0]]);
  });
});

describe('dueReminders: after the due date', () => {
  it('sends the first overdue reminder on the first working day after the due date', () => {
    const sent = [sentFor(signalPriority, 'due_soon', 1, '2023-11-16')];
    expect(due([signalPriority], '2023-11-21', sent)).toEqual([['overdue', 1, 1]]);
  });

  it('sends it on the first run after the due date when runs were missed', () => {
    expect(due([signalPriority], '2023-12-01')).toEqual([['overdue', 1, 11]]);
  });

  it('reminds again every five working days until the agency replies', () => {
    // Round 1 on Tuesday the 21st; five working days on is Tuesday the 28th.
    const first = [sentFor(signalPriority, 'overdue', 1, '2023-11-21')];
    expect(due([signalPriority], '2023-11-21', first)).toEqual([]);
    expect(due([signalPriority], '2023-11-27', first)).toEqual([]);
    expect(due([signalPriority], '2023-11-28', first)).toEqual([['overdue', 2, 8]]);
    const second = [...first, sentFor(signalPriority, 'overdue', 2, '2023-11-28')];
    expect(due([signalPriority], '2023-12-04', second)).toEqual([]);
    expect(due([signalPriority], '2023-12-05', second)).toEqual([['overdue', 3, 15]]);
    const replied = {
      ...signalPriority,
      state: 'replied',
      reply: { text: '已辦理。', date: '2023-12-01' },
    } as const;
    expect(due([replied], '2023-12-05', second)).toEqual([]);
  });

  it('counts a make-up Saturday as a working day between overdue reminders', () => {
    const record = { ...signalPriority, dueDate: '2024-02-15' };
    const first = [sentFor(record, 'overdue', 1, '2024-02-16')];
    // 2-17 (補行上班), 2-19, 2-20, 2-21, 2-22: the fifth working day is Thursday 2-22.
    expect(due([record], '2024-02-21', first)).toEqual([]);
    expect(due([record], '2024-02-22', first)).toEqual([['overdue', 2, 7]]);
  });

  it('sends nothing on a day off; the next working day catches up', () => {
    expect(due([signalPriority], '2023-11-25')).toEqual([]);
    expect(due([signalPriority], '2023-11-27')).toEqual([['overdue', 1, 7]]);
    const lunarNewYear = { ...signalPriority, dueDate: '2024-02-07' };
    expect(due([lunarNewYear], '2024-02-12')).toEqual([]);
    expect(due([lunarNewYear], '2024-02-17')).toEqual([['overdue', 1, 10]]);
  });
});

describe('dueReminders: which records', () => {
  it('reminds of open and kept-open points only, and not without a due date', () => {
    const reply = { text: '已辦理。', date: '2023-11-17' };
    const records: FollowUpRecord[] = [
      signalPriority,
      { ...carbonPlatform, state: 'kept_open', reply },
      { ...carbonPlatform, agency: 'tb', state: 'replied', reply },
      { ...carbonPlatform, agency: 'udb', state: 'closed', reply: null },
      { ...carbonPlatform, agency: 'edb', dueDate: null },
    ];
    const reminded = dueReminders(records, [], '2023-11-21', calendar);
    expect(reminded.map((r) => r.record.agency)).toEqual(['tb', 'epb']);
    expect(reminded[0]?.record).toBe(signalPriority);
  });

  it('matches sent reminders by point and agency: another agency of the same point is reminded', () => {
    const sent = [sentFor(carbonPlatform, 'due_soon', 1, '2023-11-16')];
    const sameOtherAgency = { ...carbonPlatform, agency: 'tb' };
    expect(due([carbonPlatform, sameOtherAgency], '2023-11-17', sent)).toEqual([
      ['due_soon', 1, 0],
    ]);
    expect(
      dueReminders([carbonPlatform, sameOtherAgency], sent, '2023-11-17', calendar)[0]?.record,
    ).toBe(sameOtherAgency);
  });

  it('refuses the same point and agency twice, as it would be reminded twice', () => {
    const error = thrown(() => due([signalPriority, { ...signalPriority }], '2023-11-16'));
    expect(error.issues[0]?.path).toBe('records[1]');
  });

  it('refuses a policy that is not a whole number of working days', () => {
    const policy = { daysBeforeDue: 0, overdueEvery: 5 };
    const error = thrown(() => dueReminders([], [], '2023-11-16', calendar, policy));
    expect(error.issues[0]?.path).toBe('policy.daysBeforeDue');
  });

  it('counts no day in a year without an office calendar rather than guess: the record is uncounted, naming the year', () => {
    expect(due([signalPriority], '2025-01-02')).toEqual([]);
    const plan = planReminders([signalPriority], [], '2025-01-02', calendar);
    expect(plan.uncounted).toEqual([
      {
        record: signalPriority,
        code: 'calendar.year_missing',
        year: 2025,
        reason: expect.stringMatching(/2025/) as string,
      },
    ]);
  });
});

describe('planReminders: a count that reaches an unconfirmed year', () => {
  // 2024's calendar loaded but not confirmed, as 2027's is in the shipped data.
  const unconfirmed = createWorkingCalendar([
    november2023,
    { ...lunarNewYear2024, verified: false },
  ]);
  const dueAfterNewYear = { ...carbonPlatform, dueDate: '2024-01-02' };

  it('skips that record with the year and why, and still reminds the others', () => {
    // Friday 2023-12-29: 交通局's point is overdue; two working days before 2024-01-02 is in 2024.
    const plan = planReminders([dueAfterNewYear, signalPriority], [], '2023-12-29', unconfirmed);
    expect(plan.due.map((r) => [r.record, r.kind, r.round])).toEqual([
      [signalPriority, 'overdue', 1],
    ]);
    expect(plan.uncounted).toEqual([
      {
        record: dueAfterNewYear,
        code: 'calendar.year_unverified',
        year: 2024,
        reason: expect.stringMatching(/2024 is marked unverified/) as string,
      },
    ]);
  });

  it('needs no unconfirmed day to know the next overdue reminder is not due yet', () => {
    // Round 1 went out on Thursday 2023-12-28; five working days later is in 2024, after today.
    const sent = [sentFor(signalPriority, 'overdue', 1, '2023-12-28')];
    const plan = planReminders([signalPriority], sent, '2023-12-29', unconfirmed);
    expect(plan).toEqual({ due: [], uncounted: [] });
  });
});
