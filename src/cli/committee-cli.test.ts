import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliRunner as cli } from './test-support/run-cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEngines } from '../core/vocabulary/lists.js';
import { openTestDatabaseEnv, type TestDatabaseEnv } from '../db/test-support/databases.js';
import {
  startLocalSmtpServer,
  type LocalSmtpServer,
} from '../server/mail/test-support/local-smtp-server.js';

const committeeFile = new URL('../../data/kaohsiung-committee.yaml', import.meta.url).pathname;

for (const engine of databaseEngines) {
  describe(`netzero committee [${engine}]`, () => {
    let database: TestDatabaseEnv;
    let smtp: LocalSmtpServer;
    let dir: string;
    let run: ReturnType<typeof cli>;

    beforeAll(async () => {
      database = await openTestDatabaseEnv(engine);
      smtp = await startLocalSmtpServer();
      dir = await mkdtemp(join(tmpdir(), 'netzero-committee-'));
      run = cli({
        ...database.env,
        NETZERO_SMTP_URL: smtp.url,
        NETZERO_MAIL_FROM: '淨零管考平台 <netzero@epb.kcg.gov.tw>',
      });
      expect((await run('seed', 'kaohsiung')).status).toBe(0);
    });

    /** Runs a command line (words split at spaces) that writes `file` into the test's folder. */
    const writing = (command: string, file: string) =>
      run(...command.split(' '), '--out', join(dir, file));

    afterAll(async () => {
      await smtp.close();
      await rm(dir, { recursive: true, force: true });
      await database.dispose();
    });

    it('imports the committee document once, and exports it', async () => {
      const imported = await run('committee', 'import', committeeFile);
      expect(imported).toMatchObject({ status: 0, err: '' });
      expect(imported.out).toContain('1 meeting(s)');
      const again = await run('committee', 'import', committeeFile);
      expect(again.status).toBe(1);
      expect(again.err).toContain('already has a committee');
      const exported = await run('committee', 'export');
      const doc = JSON.parse(exported.out) as { format: string; meetings: { code: string }[] };
      expect(doc.format).toBe('netzero-committee/1');
      expect(doc.meetings.map((m) => m.code)).toEqual(['t7-plenary-1']);
    });

    it('writes the minutes and the follow-up table as files', async () => {
      /** The command says where it wrote the file, an Office zip. */
      const writes = async (command: string, file: string) => {
        const path = join(dir, file);
        expect(await writing(command, file)).toMatchObject({ status: 0, out: path });
        expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK');
      };
      await writes('committee minutes t7-plenary-1 --format docx', 'minutes.docx');
      await writes('committee follow-up-table --as-of 2023-11-30 --format xlsx', 'follow-up.xlsx');
    });

    it('refuses a meeting that does not exist (1) and a format it does not make (2)', async () => {
      const missing = await writing('committee minutes t9-plenary-9 --format docx', 'x.docx');
      expect(missing.status).toBe(1);
      expect(missing.err).toContain('t9-plenary-9');
      const format = await writing('committee minutes t7-plenary-1 --format rtf', 'x.rtf');
      expect(format.status).toBe(2);
      expect(format.err).toContain('--format must be one of docx, odt, pdf');
    });

    it('lists what is overdue once the minutes are sent, per agency', async () => {
      const sent = await run('committee', 'minutes-sent', 't7-plenary-1', '--on', '2023-11-10');
      expect(sent.status).toBe(0);
      expect(sent.out).toMatch(/replies are due on 2023-11-\d\d\./);
      const before = await run('committee', 'overdue', '--as-of', '2023-11-10');
      expect(before.out).toBe('Nothing overdue on 2023-11-10.');
      const overdue = await run('committee', 'overdue', '--agency', 'tb', '--as-of', '2023-11-28');
      expect(overdue.status).toBe(0);
      expect(overdue.out).toMatch(
        /^Overdue on 2023-11-28:\nagency +name +overdue +oldest due\ntb +交通局 +\d+ +2023-11-\d\d$/,
      );
      const json = await run('committee', 'overdue', '--as-of', '2023-11-28', '--json');
      expect(json.status).toBe(0);
      const parsed = JSON.parse(json.out) as {
        asOf: string;
        overdue: { agency: string; name: string; oldestDue: string }[];
      };
      expect(parsed.asOf).toBe('2023-11-28');
      const tb = parsed.overdue.find((o) => o.agency === 'tb');
      expect(tb?.name).toBe('交通局');
      expect(tb?.oldestDue).toMatch(/^2023-11-\d\d$/);
      const unknown = await run('committee', 'overdue', '--agency', 'nope');
      expect(unknown.status).toBe(1);
    });

    it('mails the reminders due once, refusing an address that is not one', async () => {
      const bad = await run('committee', 'contacts', '--agency', 'tb', 'clerk@tb,kcg.gov.tw');
      expect(bad.status).toBe(1);
      expect(bad.err).toContain('is not an e-mail address');
      const set = await run('committee', 'contacts', '--agency', 'tb', 'clerk@tb.kcg.gov.tw');
      expect(set.out).toBe('Reminders to tb go to clerk@tb.kcg.gov.tw.');
      const first = await run('committee', 'remind', '--today', '2023-11-28');
      expect(first.status).toBe(0);
      expect(first.out).toMatch(
        /^Reminders for kaohsiung on 2023-11-28: \d+ reminder\(s\) mailed in 1 message\(s\)/,
      );
      expect(smtp.received.map((m) => m.rcptTo)).toEqual([['clerk@tb.kcg.gov.tw']]);
      expect(smtp.received[0]?.parsed.text).toContain('一、綜合討論 石豐宇委員 (1)');
      const second = await run('committee', 'remind', '--today', '2023-11-28');
      expect(second.out).toContain('0 reminder(s) mailed in 0 message(s)');
      expect(smtp.received).toHaveLength(1);
    });

    it('says how to configure e-mail when it is not (a fault of the set-up: 70)', async () => {
      const res = await cli(database.env)('committee', 'remind', '--today', '2023-11-28');
      expect(res.status).toBe(70);
      expect(res.err).toContain('NETZERO_SMTP_URL is not set');
    });
  });
}
