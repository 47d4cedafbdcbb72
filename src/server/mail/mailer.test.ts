import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { composeReminders, type ReminderMessage } from '../../core/committee/reminder-message.js';
import { dueReminders } from '../../core/committee/reminders.js';
import {
  calendar,
  replyWithinSevenDays,
  sender,
  signalPriority,
  transportBureau,
} from '../../core/committee/test-support/reminder-fixtures.js';
import { NetZeroError } from '../../core/errors.js';
import { thrown } from '../../core/test-support/thrown.js';
import { createMailerFromEnv, type Mailer } from './mailer.js';
import { sendReminder } from './send-reminder.js';
import { startLocalSmtpServer, type LocalSmtpServer } from './test-support/local-smtp-server.js';

/** 交通局's overdue reminder of 2023-11-23 for a point and a resolution due 2023-11-20. */
function overdueReminder(contacts = transportBureau.contacts): ReminderMessage {
  const due = dueReminders([signalPriority, replyWithinSevenDays], [], '2023-11-23', calendar);
  const { messages } = composeReminders(due, [{ ...transportBureau, contacts }], sender);
  const [message] = messages;
  if (!message) throw new Error('expected a reminder');
  return message;
}

async function rejection(promise: Promise<unknown>): Promise<NetZeroError> {
  const error: unknown = await promise.then(
    () => new Error('expected the mail to be refused'),
    (e: unknown) => e,
  );
  if (error instanceof NetZeroError) return error;
  throw error;
}

function mailerFor(server: LocalSmtpServer): Mailer {
  return createMailerFromEnv({
    NETZERO_SMTP_URL: server.url,
    NETZERO_MAIL_FROM: '淨零管考平台 <netzero@epb.kcg.gov.tw>',
  });
}

describe('sending a reminder through SMTP', () => {
  let server: LocalSmtpServer;
  let mailer: Mailer;
  beforeAll(async () => {
    server = await startLocalSmtpServer({
      refuseRecipient: (address) =>
        address.startsWith('gone@') ? { code: 550, text: '5.1.1 mailbox unavailable' } : undefined,
    });
    mailer = mailerFor(server);
  });
  afterEach(() => {
    server.received.length = 0;
  });
  afterAll(async () => {
    mailer.close();
    await server.close();
  });

  it('delivers the reminder to every contact, its Chinese subject and body intact', async () => {
    const message = overdueReminder();
    const sent = await sendReminder(mailer, message);
    expect(sent.accepted).toEqual(['clerk@tb.kcg.gov.tw', 'desk@tb.kcg.gov.tw']);
    expect(sent.rejected).toEqual([]);

    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail?.mailFrom).toBe('netzero@epb.kcg.gov.tw');
    expect(mail?.rcptTo).toEqual(['clerk@tb.kcg.gov.tw', 'desk@tb.kcg.gov.tw']);
    const parsed = mail?.parsed;
    expect(parsed?.subject).toBe(
      '【推動會列管事項】交通局有 2 項已逾期未回復 | Follow-up items overdue: 2',
    );
    expect(parsed?.from?.value).toEqual([
      { name: '淨零管考平台', address: 'netzero@epb.kcg.gov.tw' },
    ]);
    const to = Array.isArray(parsed?.to) ? parsed.to : [parsed?.to];
    expect(to.flatMap((t) => t?.value ?? [])).toEqual([
      { name: '王承辦', address: 'clerk@tb.kcg.gov.tw' },
      { name: '', address: 'desk@tb.kcg.gov.tw' },
    ]);
    expect(parsed?.messageId).toBe(sent.messageId);
    expect(parsed?.text).toBe(message.text);
    expect(parsed?.text).toContain('   回復期限：112年11月20日（已逾期 3 日，第 1 次催辦）');
    expect(parsed?.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed?.headers.get('content-type')).toMatchObject({
      value: 'text/plain',
      params: { charset: 'utf-8' },
    });
  });

  it('encodes the headers in ASCII, so a server without SMTPUTF8 carries them', async () => {
    await sendReminder(mailer, overdueReminder());
    const raw = server.received[0]?.raw ?? '';
    const headers = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(headers).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(/^[\x20-\x7e\r\n\t]*$/.test(headers)).toBe(true);
  });

  it('refuses an address that is not one before connecting to the server', async () => {
    const before = server.connections;
    const message = overdueReminder([
      { name: '王承辦', address: 'clerk@tb.kcg.gov.tw' },
      { name: null, address: 'desk@tb,kcg.gov.tw' },
    ]);
    const error = await rejection(sendReminder(mailer, message));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues[0]?.path).toBe('to[1]');
    expect(error.message).toContain('"desk@tb,kcg.gov.tw" is not an e-mail address');
    expect(server.connections).toBe(before);
    expect(server.received).toEqual([]);
  });

  it('says what the server answered when it refuses every recipient', async () => {
    const message = overdueReminder([{ name: null, address: 'gone@tb.kcg.gov.tw' }]);
    const error = await rejection(sendReminder(mailer, message));
    expect(error.code).toBe('INTERNAL');
    const port = new URL(server.url).port;
    expect(error.message).toContain(
      `the mail server 127.0.0.1:${port} refused the mail to gone@tb.kcg.gov.tw`,
    );
    expect(error.message).toContain('550 5.1.1 mailbox unavailable');
    expect(error.message).toContain('permanent');
    expect(server.received).toEqual([]);
  });

  it('delivers to the others and names the refused one when the server refuses some', async () => {
    const message = overdueReminder([
      { name: null, address: 'gone@tb.kcg.gov.tw' },
      { name: null, address: 'desk@tb.kcg.gov.tw' },
    ]);
    const sent = await sendReminder(mailer, message);
    expect(sent).toMatchObject({
      accepted: ['desk@tb.kcg.gov.tw'],
      rejected: ['gone@tb.kcg.gov.tw'],
    });
    expect(server.received.map((m) => m.rcptTo)).toEqual([['desk@tb.kcg.gov.tw']]);
  });
});

describe('a mailer that cannot send', () => {
  it('says which variables to set when e-mail is not configured', () => {
    const error = thrown(() => createMailerFromEnv({}));
    expect(error.message).toMatch(/^e-mail is not configured: NETZERO_SMTP_URL is not set/);
    expect(error.issues.map((i) => i.path)).toEqual(['NETZERO_SMTP_URL', 'NETZERO_MAIL_FROM']);
  });

  it('refuses a URL that is not SMTP and a sender that is not an address, without the password', () => {
    const from = 'netzero@epb.kcg.gov.tw';
    const http = thrown(() =>
      createMailerFromEnv({
        NETZERO_SMTP_URL: 'https://u:secret@mail.kcg.gov.tw',
        NETZERO_MAIL_FROM: from,
      }),
    );
    expect(http.message).toContain('must start with smtp:// or smtps://');
    expect(http.message).not.toContain('secret');
    const badFrom = thrown(() =>
      createMailerFromEnv({
        NETZERO_SMTP_URL: 'smtp://mail.kcg.gov.tw',
        NETZERO_MAIL_FROM: '淨零 <netzero>',
      }),
    );
    expect(badFrom.issues[0]?.path).toBe('NETZERO_MAIL_FROM');
    expect(badFrom.message).toContain('exactly one "@"');
  });

  it('says it could not reach a server that is not there', async () => {
    const server = await startLocalSmtpServer();
    await server.close();
    const mailer = mailerFor(server);
    const error = await rejection(sendReminder(mailer, overdueReminder()));
    mailer.close();
    expect(error.message).toContain(`could not reach the mail server ${new URL(server.url).host}`);
  });
});
