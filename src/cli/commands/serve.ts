import { NetZeroError } from '../../core/errors.js';
import { listDemoAccounts } from '../../db/accounts/users.js';
import { openDatabase, type Database } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { createApp } from '../../server/app.js';
import { listen } from '../../server/listen.js';
import { MAIL_FROM_VARIABLE, SMTP_URL_VARIABLE } from '../../server/mail/mail-config.js';
import { createMailerFromEnv } from '../../server/mail/mailer.js';
import { scheduleReminders, type ReminderSchedule } from '../../server/jobs/reminder-schedule.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';

/**
 * `netzero serve [--production]`: the web app and API on HOST:PORT until SIGINT/SIGTERM.
 * Secrets and switches come from the environment only (DATABASE_URL, NETZERO_DATA_DIR,
 * HOST, PORT, NETZERO_SECURE_COOKIES, NETZERO_TRUSTED_PROXY, NODE_ENV; NETZERO_SMTP_URL, NETZERO_MAIL_FROM and
 * NETZERO_PUBLIC_URL for the reminders' mail).
 */
export async function serveCommand(
  { values }: Flags<{ production: 'boolean' }>,
  io: CliIo,
): Promise<number> {
  await runServer(io, {
    production: values.production === true || io.env.NODE_ENV === 'production',
  });
  return 0;
}

export interface RunServerOptions {
  production: boolean;
  /** Called once the server listens (the demo prints its accounts here). */
  onListening?: (url: string) => void;
}

/** Opens and migrates the database, listens, and resolves after a signal closed everything. */
export async function runServer(io: CliIo, options: RunServerOptions): Promise<void> {
  const database = await openDatabase({
    databaseUrl: io.env.DATABASE_URL,
    dataDir: io.env.NETZERO_DATA_DIR,
  });
  try {
    await migrateToLatest(database.db);
    if (options.production) {
      const demo = await listDemoAccounts(database.db);
      if (demo.length > 0)
        throw new NetZeroError(
          'CONFLICT',
          `refusing a production start while demo accounts exist (${demo.join(', ')}): remove them with \`netzero user remove --city C --username U\``,
          demo.map((d) => ({ path: 'users', message: `demo account ${d}` })),
        );
    }
    const app = createApp({
      db: database.db,
      engine: database.engine,
      secureCookies: io.env.NETZERO_SECURE_COOKIES === '1' || options.production,
      trustedProxy: io.env.NETZERO_TRUSTED_PROXY,
      log: (error) =>
        io.err(
          `netzero serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
    });
    const server = await listen(app, io.env);
    io.out(`Net-Zero Tracker on ${server.url} (${database.engine}); Ctrl-C stops it.`);
    options.onListening?.(server.url);
    const reminders = await startReminders(io, database);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await reminders?.stop();
    await server.close();
  } finally {
    await database.close();
  }
}

/**
 * The daily e-mail reminders to agencies, when e-mail is configured (NETZERO_SMTP_URL,
 * NETZERO_MAIL_FROM): through pg-boss on PostgreSQL, an in-process timer on PGlite.
 */
async function startReminders(
  io: CliIo,
  database: Database,
): Promise<Pick<ReminderSchedule, 'stop'> | null> {
  if (!io.env[SMTP_URL_VARIABLE]) {
    io.out(
      `E-mail reminders are off: set ${SMTP_URL_VARIABLE} and ${MAIL_FROM_VARIABLE} to send them.`,
    );
    return null;
  }
  const mailer = createMailerFromEnv(io.env);
  const schedule = await scheduleReminders({
    db: database.db,
    databaseUrl: database.engine === 'postgres' ? (io.env.DATABASE_URL ?? null) : null,
    mailer,
    platformUrl: io.env.NETZERO_PUBLIC_URL ?? null,
    log: (line) => io.out(line),
  });
  io.out(`E-mail reminders to agencies run daily (${schedule.kind}).`);
  return {
    stop: async () => {
      await schedule.stop();
      mailer.close();
    },
  };
}
