import type { Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import { todayInTaiwan, type IsoDate } from '../../core/dates.js';
import { listCommitteeCities } from '../../db/committee/export-committee.js';
import type { Tables } from '../../db/tables.js';
import type { Mailer } from '../mail/mailer.js';
import { remindAgencies, type RemindOutcome } from './remind-agencies.js';

/** The queue's name in pg-boss's tables. */
export const REMINDER_QUEUE = 'committee-reminders';
/** Every day at 09:00 in Taiwan; remindAgencies sends nothing on a day off. */
export const REMINDER_CRON = '0 9 * * *';
/** Without a job queue (PGlite), the process looks hourly: a run that finds nothing due sends nothing. */
const TIMER_EVERY_MS = 60 * 60 * 1000;

export interface ReminderScheduleOptions {
  db: Kysely<Tables>;
  /** PostgreSQL's URL, where pg-boss keeps its queue; null on PGlite, which has no server. */
  databaseUrl: string | null;
  mailer: Mailer;
  platformUrl?: string | null;
  log: (line: string) => void;
  /** The day a run is for: Taiwan's today, unless a test fixes it. */
  today?: () => IsoDate;
}

export interface ReminderSchedule {
  /** 'pg-boss' on PostgreSQL, 'timer' in-process on PGlite. */
  kind: 'pg-boss' | 'timer';
  /** Queues a run now (pg-boss: through the queue, like the daily one; timer: at once). */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs the reminders of every city with a committee once a day. On PostgreSQL pg-boss holds the
 * schedule in the database (schema pgboss), so of several server processes one runs each day's
 * job, and a job missed while all were down runs when one starts. On PGlite (the embedded demo:
 * one process, no server to share a queue through) an in-process timer looks every hour instead.
 * Either way remindAgencies is idempotent, so an extra run sends nothing twice.
 */
export async function scheduleReminders(
  options: ReminderScheduleOptions,
): Promise<ReminderSchedule> {
  const run = () => remindAllCities(options, (options.today ?? todayInTaiwan)());
  if (options.databaseUrl === null) {
    const timer = setInterval(() => void run(), TIMER_EVERY_MS);
    timer.unref();
    return {
      kind: 'timer',
      runNow: async () => {
        await run();
      },
      stop: () => {
        clearInterval(timer);
        return Promise.resolve();
      },
    };
  }
  const boss = new PgBoss({ connectionString: options.databaseUrl, max: 2 });
  boss.on('error', (error) => options.log(`reminder queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(REMINDER_QUEUE);
  await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, {}, { tz: 'Asia/Taipei' });
  await boss.work(REMINDER_QUEUE, async () => {
    await run();
  });
  return {
    kind: 'pg-boss',
    runNow: async () => {
      await boss.send(REMINDER_QUEUE, {});
    },
    stop: () => boss.stop({ graceful: true, wait: true }),
  };
}

/** One run for every city that has a committee, for Taiwan's today; each outcome logged. */
export async function remindAllCities(
  options: Pick<ReminderScheduleOptions, 'db' | 'mailer' | 'platformUrl' | 'log'>,
  today: IsoDate,
): Promise<RemindOutcome[]> {
  const outcomes: RemindOutcome[] = [];
  for (const city of await listCommitteeCities(options.db)) {
    try {
      const outcome = await remindAgencies(options.db, {
        city,
        today,
        mailer: options.mailer,
        platformUrl: options.platformUrl ?? null,
      });
      options.log(describeOutcome(city, today, outcome));
      outcomes.push(outcome);
    } catch (error) {
      options.log(
        `reminders for ${city}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return outcomes;
}

/** One line a person reads: what went out, what is in the app only, what failed. */
export function describeOutcome(city: string, today: string, outcome: RemindOutcome): string {
  const count = (list: readonly { count: number }[]) => list.reduce((n, x) => n + x.count, 0);
  const parts = [
    `${count(outcome.mailed)} reminder(s) mailed in ${outcome.mailed.length} message(s)`,
    `${count(outcome.inAppOnly)} in the app only (no e-mail address: ${outcome.inAppOnly.map((x) => x.agency).join(', ') || 'none'})`,
  ];
  if (outcome.failed.length)
    parts.push(
      `${count(outcome.failed)} not sent: ${outcome.failed.map((f) => `${f.agency}: ${f.message}`).join('; ')}`,
    );
  if (outcome.uncounted.length)
    parts.push(
      `${outcome.uncounted.length} not counted, skipped: ${outcome.uncounted.map((u) => `${u.agency} ${u.reference} due ${u.dueDate}: ${u.reason}`).join('; ')}`,
    );
  return `Reminders for ${city} on ${today}: ${parts.join('; ')}.`;
}
