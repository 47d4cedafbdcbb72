import nodemailer, { type NodemailerError } from 'nodemailer';
import { checkEmailAddress } from '../../core/committee/checks.js';
import type { MailContact } from '../../core/committee/reminder-message.js';
import { invalid, NetZeroError } from '../../core/errors.js';
import { describeSmtpServer, mailConfigFromEnv, type MailConfig } from './mail-config.js';

/** A plain-text mail to send; the sender is the mailer's. */
export interface OutgoingMail {
  to: readonly MailContact[];
  subject: string;
  text: string;
  headers?: Readonly<Record<string, string>>;
}

export interface SentMail {
  messageId: string;
  /** The recipients the server took; when some were refused, `rejected` names them. */
  accepted: string[];
  rejected: string[];
}

export interface Mailer {
  readonly from: MailContact;
  /**
   * Checks every recipient's address, then hands the mail to the SMTP server. Resolves once the
   * server has accepted it for at least one recipient; rejects with a NetZeroError saying what
   * the server answered otherwise, so no failure passes silently.
   */
  send(mail: OutgoingMail): Promise<SentMail>;
  /** Closes the SMTP connection(s); the mailer cannot send afterwards. */
  close(): void;
}

/** Connecting and the greeting take seconds; a server silent for longer is treated as down. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** A mailer on nodemailer's SMTP transport; options in the URL's query override the timeouts. */
export function createMailer(config: MailConfig): Mailer {
  const server = describeSmtpServer(config.smtpUrl);
  const transport = nodemailer.createTransport({
    ...TIMEOUTS,
    url: config.smtpUrl,
    // We send plain text we wrote: nothing in a mail may make the server read a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    from: config.from,
    async send(mail) {
      if (mail.to.length === 0) throw invalid('to', 'a mail needs at least one recipient');
      const to = mail.to.map((contact, i) => ({
        name: contact.name ?? '',
        address: checkEmailAddress(contact.address, `to[${i}]`),
      }));
      try {
        const info = await transport.sendMail({
          from: { name: config.from.name ?? '', address: config.from.address },
          to,
          subject: mail.subject,
          text: mail.text,
          headers: { ...mail.headers },
        });
        return { messageId: info.messageId, accepted: info.accepted, rejected: info.rejected };
      } catch (error) {
        throw sendingFailed(error, server, to.map((t) => t.address).join(', '));
      }
    },
    close: () => transport.close(),
  };
}

/** A mailer from NETZERO_SMTP_URL and NETZERO_MAIL_FROM; a clear error when they are not set. */
export function createMailerFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Mailer {
  return createMailer(mailConfigFromEnv(env));
}

const UNREACHABLE = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ETLS', 'EPROXY']);

/** What went wrong, in words an administrator can act on: the server's own answer when it gave one. */
function sendingFailed(error: unknown, server: string, recipients: string): NetZeroError {
  const failure = error as NodemailerError;
  const answer = failure.response ?? failure.message;
  const lasting =
    failure.permanent === undefined
      ? ''
      : failure.permanent
        ? ' (permanent: the same mail would be refused again)'
        : ' (temporary: it may go through later)';
  const message =
    failure.code === 'EAUTH' || failure.code === 'ENOAUTH'
      ? `the mail server ${server} refused the login; check the user and password in NETZERO_SMTP_URL: ${answer}`
      : UNREACHABLE.has(failure.code ?? '')
        ? `could not reach the mail server ${server}: ${failure.message}`
        : `the mail server ${server} refused the mail to ${recipients}${failure.command ? ` at ${failure.command}` : ''}: ${answer}${lasting}`;
  return new NetZeroError('INTERNAL', message, [{ path: 'to', message }]);
}
