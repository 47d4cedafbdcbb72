import { afterAll, beforeAll, expect, it } from 'vitest';
import { setAgencyContacts } from '../../db/committee/agency-contacts.js';
import { setMinutesSent } from '../../db/committee/follow-up.js';
import { importCommittee } from '../../db/committee/import-committee.js';
import { listReminders } from '../../db/committee/reminders.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import {
  KAOHSIUNG_SEED_MEETING,
  loadKaohsiungCommittee,
} from '../../db/test-support/kaohsiung-committee.js';
import { createMailerFromEnv, type Mailer } from '../mail/mailer.js';
import {
  startLocalSmtpServer,
  type LocalSmtpServer,
} from '../mail/test-support/local-smtp-server.js';
import { remindAgencies } from './remind-agencies.js';

const city = 'kaohsiung';
/** Minutes sent Friday 112年11月10日: replies due a week later; the Tuesday after, all overdue. */
const SENT_ON = '2023-11-10';
const TODAY = '2023-11-28';

function mailerFor(server: LocalSmtpServer): Mailer {
  return createMailerFromEnv({
    NETZERO_SMTP_URL: server.url,
    NETZERO_MAIL_FROM: '淨零管考平台 <netzero@epb.kcg.gov.tw>',
  });
}

describeEachDatabase('reminders to agencies by e-mail', (getDb) => {
  let server: LocalSmtpServer;
  let mailer: Mailer;
  let due: string;
  /** Whether the mail server refuses 都發局's mailbox, as a server with a full mailbox would. */
  let refusingUdb = true;

  beforeAll(async () => {
    const { db } = getDb();
    await seedDataset(db, city);
    await importCommittee(db, city, await loadKaohsiungCommittee(), 'sec');
    due = await setMinutesSent(db, city, KAOHSIUNG_SEED_MEETING, SENT_ON, 'sec');
    await setAgencyContacts(
      db,
      city,
      'tb',
      [{ name: '王承辦', address: 'clerk@tb.kcg.gov.tw' }],
      'setup',
    );
    server = await startLocalSmtpServer({
      refuseRecipient: (address) =>
        refusingUdb && address.endsWith('@udb.kcg.gov.tw')
          ? { code: 550, text: '5.1.1 mailbox unavailable' }
          : undefined,
    });
    mailer = mailerFor(server);
  });

  afterAll(async () => {
    mailer.close();
    await server.close();
  });

  it('mails an overdue point to its agency, whose text is read from the message received', async () => {
    expect(due < TODAY).toBe(true);
    const outcome = await remindAgencies(getDb().db, { city, today: TODAY, mailer });
    expect(outcome.failed).toEqual([]);
    expect(outcome.mailed).toEqual([
      expect.objectContaining({ agency: 'tb', kind: 'overdue', to: ['clerk@tb.kcg.gov.tw'] }),
    ]);
    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail?.rcptTo).toEqual(['clerk@tb.kcg.gov.tw']);
    expect(mail?.parsed.subject).toMatch(/^【推動會列管事項】交通局有 \d+ 項已逾期未回復/);
    const text = mail?.parsed.text ?? '';
    expect(text).toContain('交通局 承辦同仁您好：');
    expect(text).toContain('一、綜合討論 石豐宇委員 (1)');
    expect(text).toContain('內容：交通號誌優先(減少停等紅燈)提升服務水準');
    expect(text).toContain('決議事項 3.');
    expect(text).toContain('第 1 次催辦');
  });

  it('sends nothing the second time the same day', async () => {
    const outcome = await remindAgencies(getDb().db, { city, today: TODAY, mailer });
    expect(outcome).toEqual({ mailed: [], inAppOnly: [], skipped: 0, failed: [], uncounted: [] });
    expect(server.received).toHaveLength(1);
  });

  it('lists the reminders in the app, mailed or not', async () => {
    const { db } = getDb();
    const tb = await listReminders(db, city, 'tb');
    const listed = /有 (\d+) 項/.exec(server.received[0]?.parsed.subject ?? '')?.[1];
    expect(tb.length).toBe(Number(listed));
    expect(tb.every((r) => r.kind === 'overdue' && r.round === 1 && r.sentOn === TODAY)).toBe(true);
    expect(tb[0]?.mailedTo).toEqual(['clerk@tb.kcg.gov.tw']);
    // 環保局 has no address: its reminders are issued in the app only, for a phone call.
    const epb = await listReminders(db, city, 'epb');
    expect(epb.length).toBeGreaterThan(0);
    expect(epb.every((r) => r.mailedTo.length === 0)).toBe(true);
  });

  it('records nothing for a mail the server refuses, and sends it on the next run', async () => {
    const { db } = getDb();
    await setAgencyContacts(
      db,
      city,
      'udb',
      [{ name: null, address: 'desk@udb.kcg.gov.tw' }],
      'setup',
    );
    // The next overdue round falls five working days after the first.
    const later = '2023-12-05';
    const refused = await remindAgencies(db, { city, today: later, mailer });
    const failed = refused.failed.find((f) => f.agency === 'udb');
    expect(failed?.message).toContain('550 5.1.1 mailbox unavailable');
    const before = (await listReminders(db, city, 'udb')).filter((r) => r.sentOn === later);
    expect(before).toEqual([]);
    refusingUdb = false;
    const retried = await remindAgencies(db, { city, today: later, mailer });
    expect(retried.mailed.map((m) => m.agency)).toEqual(['udb']);
    expect(server.received.at(-1)?.rcptTo).toEqual(['desk@udb.kcg.gov.tw']);
  });

  it('refuses an e-mail address that is not one, writing nothing', async () => {
    const { db } = getDb();
    const error = await setAgencyContacts(
      db,
      city,
      'tb',
      [
        { name: null, address: 'clerk@tb.kcg.gov.tw' },
        { name: null, address: 'desk@tb,kcg.gov.tw' },
      ],
      'setup',
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [expect.objectContaining({ path: 'contacts[1].address' })],
    });
    const contacts = await db
      .selectFrom('agency_contacts')
      .select('address')
      .where('city_id', '=', city)
      .where('agency_code', '=', 'tb')
      .execute();
    expect(contacts).toEqual([{ address: 'clerk@tb.kcg.gov.tw' }]);
  });

  it('issues each reminder once when two runs race', async () => {
    const { db } = getDb();
    const before = server.received.length;
    const day = '2023-12-12';
    const [a, b] = await Promise.all([
      remindAgencies(db, { city, today: day, mailer }),
      remindAgencies(db, { city, today: day, mailer }),
    ]);
    const mails = a.mailed.length + b.mailed.length;
    expect(mails).toBeGreaterThan(0);
    expect(server.received.length - before).toBe(mails);
    expect(new Set([...a.mailed, ...b.mailed].map((m) => m.agency)).size).toBe(mails);
  });
});
