import { beforeAll, expect, it } from 'vitest';
import { assignPoint, setMinutesSent } from '../../db/committee/follow-up.js';
import { importCommittee } from '../../db/committee/import-committee.js';
import { listReminders } from '../../db/committee/reminders.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import {
  KAOHSIUNG_SEED_MEETING as MEETING,
  loadKaohsiungCommittee,
} from '../../db/test-support/kaohsiung-committee.js';
import { createApp } from '../app.js';
import type { Mailer } from '../mail/mailer.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../test-support/api-client.js';
import { remindAgencies } from './remind-agencies.js';
import { describeOutcome } from './reminder-schedule.js';

const city = 'kaohsiung';
/** Wednesday 2026-12-30: two working days before a due date of Monday 2027-01-04 are in 2027. */
const TODAY = '2026-12-30';
/** No agency has an address here: every reminder is issued in the app only. */
const noMail: Mailer = {
  from: { address: 'netzero@example.gov.tw', name: null },
  send: () => Promise.reject(new Error('no agency has an address: nothing is mailed')),
  close: () => undefined,
};

describeEachDatabase(
  'reminders whose working days reach 2027 (its calendar unconfirmed)',
  (getDb) => {
    beforeAll(async () => {
      const { db } = getDb();
      await seedDataset(db, city);
      await importCommittee(db, city, await loadKaohsiungCommittee(), 'sec');
      // Sent 2026-12-01: every point is overdue by the 30th.
      await setMinutesSent(db, city, MEETING, '2026-12-01', 'sec');
      // 石豐宇's point (1) also to 經發局, due on a day set by hand in 2027.
      const subject = {
        kind: 'point' as const,
        meeting: MEETING,
        item: 1,
        comment: 1,
        point: 1,
        subPoint: null,
      };
      await assignPoint(db, city, { subject, agency: 'edb', dueDate: '2027-01-04' }, 'sec');
    });

    it('skips that reminder with its reason, logged, and issues every other', async () => {
      const outcome = await remindAgencies(getDb().db, { city, today: TODAY, mailer: noMail });
      expect(outcome.uncounted).toEqual([
        {
          assignment: expect.any(Number) as number,
          agency: 'edb',
          reference: '一、綜合討論 石豐宇委員 (1)',
          dueDate: '2027-01-04',
          year: 2027,
          reason: expect.stringContaining('2027 is marked unverified') as string,
        },
      ]);
      expect(outcome.failed).toEqual([]);
      const agencies = outcome.inAppOnly.map((r) => r.agency);
      expect(agencies).toContain('tb');
      expect(agencies).toContain('epb');
      const skipped = outcome.uncounted[0]?.assignment;
      const edb = await listReminders(getDb().db, city, 'edb');
      expect(edb.length).toBeGreaterThan(0); // 經發局's other points are reminded
      expect(edb.filter((r) => r.assignment === skipped)).toEqual([]);
      expect((await listReminders(getDb().db, city, 'tb')).length).toBeGreaterThan(0);
      expect(describeOutcome(city, TODAY, outcome)).toMatch(
        /1 not counted, skipped: edb 一、綜合討論 石豐宇委員 \(1\) due 2027-01-04: .*2027 is marked unverified/,
      );
    });

    it("tells the secretariat's overdue list which reminders are not counted, and why", async () => {
      const { db, engine } = getDb();
      await addUser(db, city, 'sec', 'admin');
      const sec = new ApiClient(
        createApp({ db, engine, now: () => new Date('2026-12-30T02:00Z') }),
      );
      expect((await sec.signIn(city, 'sec', TEST_PASSWORD)).status).toBe(200);
      const res = await sec.json<{ uncountedReminders: unknown[] }>(
        'GET',
        `/cities/${city}/committee/overdue`,
      );
      expect(res.status).toBe(200);
      expect(res.body.uncountedReminders).toEqual([
        expect.objectContaining({
          agency: 'edb',
          agencyName: '經發局',
          dueDate: '2027-01-04',
          year: 2027,
        }),
      ]);
    });
  },
);
