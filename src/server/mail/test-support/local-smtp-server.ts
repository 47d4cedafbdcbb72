import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** A mail as the local server received it: the SMTP envelope, the raw bytes and the parsed mail. */
export interface ReceivedMail {
  mailFrom: string;
  rcptTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface LocalSmtpServer {
  /** smtp://127.0.0.1:<port>, for NETZERO_SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** How many clients connected: 0 proves a mail was refused before any sending. */
  connections: number;
  close(): Promise<void>;
}

export interface LocalSmtpOptions {
  /** The SMTP error to answer a recipient with (e.g. 550), or undefined to accept it. */
  refuseRecipient?: (address: string) => { code: number; text: string } | undefined;
}

/**
 * An SMTP server on a free port of 127.0.0.1 for tests: no TLS, no login, every mail parsed
 * before the server answers the DATA command, so a sent mail is in `received` once sending
 * resolves.
 */
export async function startLocalSmtpServer(
  options: LocalSmtpOptions = {},
): Promise<LocalSmtpServer> {
  const state = { received: [] as ReceivedMail[], connections: 0 };
  const address = (a: SMTPServerAddress | false) => (a ? a.address : '');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onConnect(_session, callback) {
      state.connections += 1;
      callback();
    },
    onRcptTo(recipient, _session, callback) {
      const refusal = options.refuseRecipient?.(recipient.address);
      callback(
        refusal ? Object.assign(new Error(refusal.text), { responseCode: refusal.code }) : null,
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            state.received.push({
              mailFrom: address(session.envelope.mailFrom),
              rcptTo: session.envelope.rcptTo.map((r) => r.address),
              raw,
              parsed,
            });
            callback();
          },
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get connections() {
      return state.connections;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
