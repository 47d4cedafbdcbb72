import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEngines } from '../../core/vocabulary/lists.js';
import { openDatabase, type Database } from '../../db/connect.js';
import { setAgencyContacts } from '../../db/committee/agency-contacts.js';
import { setMinutesSent } from '../../db/committee/follow-up.js';
import { seedCommittee } from '../../db/committee/seed-committee.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { openTestDatabaseEnv, type TestDatabaseEnv } from '../../db/test-support/databases.js';
import { createMailerFromEnv, type Mailer } from '../mail/mailer.js';
import {
  startLocalSmtpServer,
  type LocalSmtpServer,
} from '../mail/test-support/local-smtp-server.js';
import { scheduleReminders } from './reminder-schedule.js';

for (const engine of databaseEngines) {
  describe(`the daily reminder job [${engine}]`, () => {
    let env: TestDatabaseEnv;
    let database: Database;
    let server: LocalSmtpServer;
    let mailer: Mailer;
    const log: string[] = [];

    beforeAll(async () => {
      env = await openTestDatabaseEnv(engine);
      database = await openDatabase({
        databaseUrl: env.env.DATABASE_URL,
        dataDir: env.env.NETZERO_DATA_DIR,
      });
      const { db } = database;
      await seedDataset(db, 'kaohsiung');
      await seedCommittee(db, 'kaohsiung', 'kaohsiung', 'sec');
      // Sent on 2023-11-10, so every reply is long overdue on the day the job runs.
      await setMinutesSent(db, 'kaohsiung', 't7-plenary-1', '2023-11-10', 'sec');
      await setAgencyContacts(
        db,
        'kaohsiung',
        'tb',
        [{ name: null, address: 'clerk@tb.kcg.gov.tw' }],
        'setup',
      );
      server = await startLocalSmtpServer();
      mailer = createMailerFromEnv({
        NETZERO_SMTP_URL: server.url,
        NETZERO_MAIL_FROM: 'netzero@epb.kcg.gov.tw',
      });
    });

    afterAll(async () => {
      mailer.close();
      await server.close();
      await database.close();
      await env.dispose();
    });

    it(`runs through ${engine === 'postgres' ? 'pg-boss' : 'an in-process timer'}, mailing once`, async () => {
      const schedule = await scheduleReminders({
        db: database.db,
        databaseUrl: env.env.DATABASE_URL ?? null,
        mailer,
        log: (line) => log.push(line),
        today: () => '2023-11-28',
      });
      try {
        expect(schedule.kind).toBe(engine === 'postgres' ? 'pg-boss' : 'timer');
        await schedule.runNow();
        await until(() => log.length >= 1);
        await schedule.runNow();
        await until(() => log.length >= 2);
      } finally {
        await schedule.stop();
      }
      expect(server.received.map((m) => m.rcptTo)).toEqual([['clerk@tb.kcg.gov.tw']]);
      expect(server.received[0]?.parsed.text).toContain('一、綜合討論 石豐宇委員 (1)');
      expect(log[0]).toMatch(
        /^Reminders for kaohsiung on 2023-11-28: \d+ reminder\(s\) mailed in 1 message/,
      );
      expect(log[1]).toContain('0 reminder(s) mailed in 0 message(s)');
    }, 30_000);
  });
}

async function until(done: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('the job did not run in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
