import type { MailContact } from '../../core/committee/reminder-message.js';
import { checkEmailAddress } from '../../core/committee/checks.js';
import { NetZeroError, type Issue } from '../../core/errors.js';

/** How the platform sends mail: set by the environment, never stored in the database. */
export interface MailConfig {
  /**
   * The SMTP server: smtp://user:password@host:587 (STARTTLS when offered) or smtps://host:465;
   * nodemailer's connection options may follow as query parameters (?requireTLS=true).
   */
  smtpUrl: string;
  /** Who the mail is from: an address, or 淨零管考平台 <netzero@example.gov.tw>. */
  from: MailContact;
}

export const SMTP_URL_VARIABLE = 'NETZERO_SMTP_URL';
export const MAIL_FROM_VARIABLE = 'NETZERO_MAIL_FROM';

const EXAMPLES = {
  [SMTP_URL_VARIABLE]: 'smtp://user:password@mail.example.gov.tw:587',
  [MAIL_FROM_VARIABLE]: '淨零管考平台 <netzero@example.gov.tw>',
};

/**
 * The mail configuration from NETZERO_SMTP_URL and NETZERO_MAIL_FROM, or an error naming what is
 * missing or wrong and how to set it. The SMTP password never appears in a message.
 * @example mailConfigFromEnv({ NETZERO_SMTP_URL: 'smtp://127.0.0.1:2525', NETZERO_MAIL_FROM: 'netzero@kcg.gov.tw' })
 */
export function mailConfigFromEnv(env: Readonly<Record<string, string | undefined>>): MailConfig {
  const missing = [SMTP_URL_VARIABLE, MAIL_FROM_VARIABLE].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    const issues: Issue[] = missing.map((name) => ({
      path: name,
      message: `not set; for example ${name}="${EXAMPLES[name as keyof typeof EXAMPLES]}"`,
    }));
    throw new NetZeroError(
      'INTERNAL',
      `e-mail is not configured: ${issues.map((i) => `${i.path} is ${i.message}`).join('; ')}`,
      issues,
    );
  }
  return {
    smtpUrl: checkSmtpUrl(env[SMTP_URL_VARIABLE]?.trim() ?? ''),
    from: parseMailbox(env[MAIL_FROM_VARIABLE]?.trim() ?? '', MAIL_FROM_VARIABLE),
  };
}

function misconfigured(path: string, message: string): NetZeroError {
  return new NetZeroError('INTERNAL', `e-mail is misconfigured: ${path} ${message}`, [
    { path, message },
  ]);
}

function checkSmtpUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw misconfigured(
      SMTP_URL_VARIABLE,
      `is not a URL; for example ${EXAMPLES[SMTP_URL_VARIABLE]}`,
    );
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw misconfigured(
      SMTP_URL_VARIABLE,
      `must start with smtp:// or smtps://, not ${url.protocol}//`,
    );
  }
  if (!url.hostname) throw misconfigured(SMTP_URL_VARIABLE, 'names no host');
  return text;
}

/** The server as messages may name it: host and port, without user or password. */
export function describeSmtpServer(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? '465' : '587')}`;
}

/** `name <address>` or a bare address, the address checked by the committee's e-mail rule. */
function parseMailbox(text: string, path: string): MailContact {
  const named = /^(.*?)\s*<([^<>]*)>$/.exec(text);
  try {
    if (!named) return { name: null, address: checkEmailAddress(text, path) };
    const name = (named[1] ?? '').replace(/^"(.*)"$/, '$1').trim();
    return { name: name || null, address: checkEmailAddress(named[2] ?? '', path) };
  } catch (error) {
    const message =
      error instanceof NetZeroError ? (error.issues[0]?.message ?? error.message) : String(error);
    throw misconfigured(path, message);
  }
}
