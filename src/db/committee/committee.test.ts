import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../core/dates.js';
import type { CommitteeDocument } from '../../contracts/committee-document.js';
import { importCity } from '../city/import-city.js';
import { seedDataset } from '../city/seed-dataset.js';
import { loadDataset } from '../../datasets/datasets.js';
import type { Tables } from '../tables.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { refusedWithNothingWritten, rowCounts } from '../test-support/refusal.js';
import {
  KAOHSIUNG_SEED_MEETING as SEED_MEETING,
  KAOHSIUNG_SIGNALS_POINT,
  loadKaohsiungCommittee,
} from '../test-support/kaohsiung-committee.js';
import { exportCommittee } from './export-committee.js';
import {
  assignPoint,
  closeAssignment,
  keepOpen,
  listOverdue,
  loadFollowUpRecords,
  publishMinutes,
  replyToAssignment,
  setMinutesSent,
} from './follow-up.js';
import { importCommittee } from './import-committee.js';
import { linkMemberAccount } from './members.js';

const committee = await loadKaohsiungCommittee();
const actor = 'sec';
const signals = KAOHSIUNG_SIGNALS_POINT;

const tables = [
  'agencies',
  'audit_log',
  'committees',
  'committee_members',
  'committee_meetings',
  'committee_points',
  'committee_assignments',
  'committee_assignment_events',
] as const;

const refusal = (db: Kysely<Tables>, write: () => Promise<unknown>) =>
  refusedWithNothingWritten(db, tables, write);

const clone = (): CommitteeDocument => structuredClone(committee);

/** The element at `i`, or a test failure when there is none. */
function at<T>(list: readonly T[], i: number): T {
  const found = list[i];
  if (found === undefined) throw new Error(`no element ${i}`);
  return found;
}
const firstMeeting = (doc: CommitteeDocument) => at(doc.meetings, 0);

describeEachDatabase('committee records', (getDb) => {
  beforeAll(async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    // Another city with an agency of its own: never assignable from Kaohsiung's committee.
    await db.insertInto('cities').values({ id: 'taipei', name: '臺北市', name_en: null }).execute();
    await db
      .insertInto('agencies')
      .values({ city_id: 'taipei', code: 'dot', name: '臺北市交通局', name_en: null, position: 0 })
      .execute();
  });

  describe('bad documents write nothing', () => {
    it('refuses a point assigned to an agency of another city, naming its path', async () => {
      const { db } = getDb();
      const doc = clone();
      at(at(at(firstMeeting(doc).agendaItems, 0).comments, 0).points, 0).concerns = ['dot'];
      const error = await refusal(db, () => importCommittee(db, 'kaohsiung', doc, actor));
      expect(error.issues).toContainEqual({
        path: 'meetings[0].agendaItems[0].comments[0].points[0].concerns[0]',
        message: '"dot" is not an agency of kaohsiung',
      });
    });

    it('refuses a member outside the meeting’s term', async () => {
      const { db } = getDb();
      const doc = clone();
      doc.terms.push({ ...at(doc.terms, 0), number: 6, name: '第六屆' });
      at(doc.members, 1).terms = [6];
      const error = await refusal(db, () => importCommittee(db, 'kaohsiung', doc, actor));
      expect(error.issues.map((i) => i.path)).toContain(
        'meetings[0].agendaItems[0].comments[0].member',
      );
    });

    it('refuses minutes sent before the meeting (their replies would be due before it)', async () => {
      const { db } = getDb();
      const doc = clone();
      firstMeeting(doc).minutesSentOn = '2023-10-01';
      const error = await refusal(db, () => importCommittee(db, 'kaohsiung', doc, actor));
      expect(error.issues[0]?.path).toBe('meetings[0].minutesSentOn');
    });
  });

  describe('the seed meeting', () => {
    let auditBefore = 0;
    beforeAll(async () => {
      auditBefore = (await rowCounts(getDb().db, tables)).audit_log ?? 0;
      await importCommittee(getDb().db, 'kaohsiung', committee, actor);
    });

    it('writes the import to the audit trail', async () => {
      const { db } = getDb();
      const entries = await db
        .selectFrom('audit_log')
        .select(['action', 'entity_key'])
        .where('action', '=', 'committee.import')
        .execute();
      expect(entries).toEqual([{ action: 'committee.import', entity_key: 'kaohsiung' }]);
      expect(auditBefore).toBe(0);
    });

    it('exports the document it imported', async () => {
      expect(await exportCommittee(getDb().db, 'kaohsiung')).toEqual(committee);
    });

    it('refuses the same minutes twice', async () => {
      const { db } = getDb();
      const error = await refusal(db, () => importCommittee(db, 'kaohsiung', committee, actor));
      expect(error.code).toBe('CONFLICT');
    });

    it('assigns each point to the agencies it concerns, none due before the minutes are sent', async () => {
      const records = await loadFollowUpRecords(getDb().db, 'kaohsiung', { meeting: SEED_MEETING });
      expect(records.filter((r) => JSON.stringify(r.subject) === JSON.stringify(signals))).toEqual([
        { subject: signals, agency: 'tb', dueDate: null, reply: null, state: 'open', note: null },
      ]);
      expect(records.every((r) => r.dueDate === null)).toBe(true);
    });

    it('counts due dates from the day the minutes were sent on the office calendar', async () => {
      const { db } = getDb();
      // A meeting's own reply period: 10 days from Thursday 11-16 ends on Sunday 11-26 → Monday.
      expect(
        await setMinutesSent(db, 'kaohsiung', SEED_MEETING, '2023-11-16', actor, { replyDays: 10 }),
      ).toBe('2023-11-27');
      expect((await exportCommittee(db, 'kaohsiung')).meetings[0]?.replyDays).toBe(10);
      expect(
        await setMinutesSent(db, 'kaohsiung', SEED_MEETING, '2023-11-16', actor, { replyDays: 7 }),
      ).toBe('2023-11-23');
      // Sent Thursday 2023-11-16: day 7 is Thursday 11-23, a working day.
      expect(await setMinutesSent(db, 'kaohsiung', SEED_MEETING, '2023-11-16', actor)).toBe(
        '2023-11-23',
      );
      const records = await loadFollowUpRecords(db, 'kaohsiung', { meeting: SEED_MEETING });
      expect(new Set(records.map((r) => r.dueDate))).toEqual(new Set(['2023-11-23']));
      const error = await refusal(db, () =>
        setMinutesSent(db, 'kaohsiung', SEED_MEETING, '2023-11-01', actor),
      );
      expect(error.issues[0]?.path).toBe('minutesSentOn');
      // Minutes sent this year count on the 2026 calendar: Monday 2026-09-21 + 7 = Monday 09-28,
      // 孔子誕辰紀念日/教師節 → Tuesday 09-29. Then back to the seed's day for the tests below.
      expect(await setMinutesSent(db, 'kaohsiung', SEED_MEETING, '2026-09-21', actor)).toBe(
        '2026-09-29',
      );
      expect(await setMinutesSent(db, 'kaohsiung', SEED_MEETING, '2023-11-16', actor)).toBe(
        '2023-11-23',
      );
    });

    it('follows a point from reply to closure, and refuses a reply to a closed point (409)', async () => {
      const { db } = getDb();
      const target = { subject: signals, agency: 'tb' };
      /** 交通局's clerk answers. */
      const reply = (text: string, date: IsoDate) =>
        replyToAssignment(db, 'kaohsiung', target, { text, date }, 'tb-clerk');
      /** The secretariat keeps the point open or closes it, with its note. */
      const decide = (how: typeof keepOpen, text: string, date: IsoDate) =>
        how(db, 'kaohsiung', target, { text, date }, actor);
      await reply('已納入號誌優化計畫。', '2023-11-20');
      const kept = await decide(keepOpen, '請補充減碳數據', '2023-11-24');
      expect(kept.state).toBe('kept_open');
      await reply('補充路口調查數據。', '2023-11-28');
      const closed = await decide(closeAssignment, '解除列管', '2023-11-30');
      expect(closed).toEqual({
        subject: signals,
        agency: 'tb',
        dueDate: '2023-11-23',
        reply: { text: '補充路口調查數據。', date: '2023-11-28' },
        state: 'closed',
        note: '解除列管',
      });
      const error = await refusal(db, () => reply('再補充', '2023-12-01'));
      expect(error.code).toBe('CONFLICT');
    });

    it('assigns a point to one more agency, and refuses another city’s agency or an early due date', async () => {
      const { db } = getDb();
      const record = await assignPoint(
        db,
        'kaohsiung',
        { subject: signals, agency: 'epb', dueDate: '2023-12-01' },
        actor,
      );
      expect(record).toMatchObject({ agency: 'epb', dueDate: '2023-12-01', state: 'open' });
      const other = await refusal(db, () =>
        assignPoint(db, 'kaohsiung', { subject: signals, agency: 'dot' }, actor),
      );
      expect(other.issues[0]?.path).toBe('agency');
      const early = await refusal(db, () =>
        assignPoint(
          db,
          'kaohsiung',
          { subject: signals, agency: 'finance', dueDate: '2023-11-01' },
          actor,
        ),
      );
      expect(early.issues[0]?.path).toBe('dueDate');
      const twice = await refusal(db, () =>
        assignPoint(db, 'kaohsiung', { subject: signals, agency: 'epb' }, actor),
      );
      expect(twice.code).toBe('CONFLICT');
    });

    it('lists overdue assignments per agency', async () => {
      const { db } = getDb();
      expect(await listOverdue(db, 'kaohsiung', '2023-11-23')).toEqual([]);
      const overdue = await listOverdue(db, 'kaohsiung', '2023-11-24');
      const tb = overdue.find((o) => o.agency === 'tb');
      const records = await loadFollowUpRecords(db, 'kaohsiung', { agency: 'tb' });
      // Every tb assignment but the closed one awaits a reply past 11-23.
      expect(tb).toEqual({ agency: 'tb', overdue: records.length - 1, oldestDue: '2023-11-23' });
    });

    it('publishes the minutes once', async () => {
      const { db } = getDb();
      await publishMinutes(db, 'kaohsiung', SEED_MEETING, '2023-11-20', actor);
      const error = await refusal(db, () =>
        publishMinutes(db, 'kaohsiung', SEED_MEETING, '2023-11-21', actor),
      );
      expect(error.code).toBe('CONFLICT');
    });

    it('links a member to an account of the city only', async () => {
      const { db } = getDb();
      for (const city_id of ['kaohsiung', 'taipei'])
        await db
          .insertInto('users')
          .values({
            city_id,
            username: 'shih',
            display_name: null,
            role: 'viewer',
            password_hash: 'x',
          })
          .execute();
      await linkMemberAccount(db, 'kaohsiung', '石豐宇', 'shih', actor);
      const linked = await db
        .selectFrom('committee_members')
        .select('username')
        .where('name', '=', '石豐宇')
        .executeTakeFirstOrThrow();
      expect(linked.username).toBe('shih');
      const unknown = await refusal(db, () =>
        linkMemberAccount(db, 'kaohsiung', '胡淑貞', 'nobody', actor),
      );
      expect(unknown.issues[0]?.path).toBe('username');
      const stranger = await refusal(db, () =>
        linkMemberAccount(db, 'kaohsiung', '無此人', 'shih', actor),
      );
      expect(stranger.issues[0]?.path).toBe('member');
    });

    it('goes with its city when the city is replaced', async () => {
      const { db } = getDb();
      await importCity(db, await loadDataset('kaohsiung'), { replace: true });
      const left = await db.selectFrom('committee_assignments').select('id').execute();
      expect(left).toEqual([]);
    });
  });
});
