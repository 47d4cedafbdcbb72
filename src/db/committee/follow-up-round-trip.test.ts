import { afterAll, beforeAll, expect, it } from 'vitest';
import { dueReminders } from '../../core/committee/reminders.js';
import { NetZeroError } from '../../core/errors.js';
import type { CityDocument } from '../../contracts/city-document.js';
import type {
  AssignmentDocument,
  FollowUpDocument,
} from '../../contracts/committee-follow-up-document.js';
import type { Kysely } from 'kysely';
import { exportCity } from '../city/export-city.js';
import { importCity } from '../city/import-city.js';
import { seedDataset } from '../city/seed-dataset.js';
import type { Database } from '../connect.js';
import type { Tables } from '../tables.js';
import { describeEachDatabase, openTestDatabase } from '../test-support/databases.js';
import {
  KAOHSIUNG_SEED_MEETING as MEETING,
  KAOHSIUNG_SIGNALS_POINT,
  loadKaohsiungCommittee,
} from '../test-support/kaohsiung-committee.js';
import { shippedWorkingCalendar } from './calendar.js';
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
import { followUpStatus } from './follow-up-status.js';
import { importCommittee } from './import-committee.js';
import { seedIndicators } from '../indicators/seed-indicators.js';
import { indicatorLinks } from './code-links.js';
import { measureLinks } from './point-measures.js';
import {
  listReminders,
  loadRemindableRecords,
  loadSentReminders,
  markMailed,
  recordReminders,
} from './reminders.js';

const city = 'kaohsiung';
const actor = 'sec';
const signals = KAOHSIUNG_SIGNALS_POINT;
const measure = { plan: 'phase2', sector: 'transport', no: 1 };
/** 交通局's 交通安全指標, which 陳勁甫 speaks of. */
const indicator = 'transport-traffic-safety';
type IndicatorLink = FollowUpDocument['indicators'][number];

/** Works the seed meeting's follow-up with the functions the secretariat and agencies use. */
async function workTheCommittee(db: Kysely<Tables>): Promise<void> {
  await seedDataset(db, city);
  await importCommittee(db, city, await loadKaohsiungCommittee(), actor);
  await setMinutesSent(db, city, MEETING, '2023-11-20', actor);
  await publishMinutes(db, city, MEETING, '2023-11-22', actor);
  const tb = { subject: signals, agency: 'tb' };
  await replyToAssignment(db, city, tb, { text: '已規劃號誌優化', date: '2023-11-24' }, 'tb-clerk');
  await keepOpen(db, city, tb, { text: '請補充時程', date: '2023-11-27' }, actor);
  await replyToAssignment(db, city, tb, { text: '113年完成', date: '2023-11-28' }, 'tb-clerk');
  await closeAssignment(db, city, tb, { text: '解除列管', date: '2023-11-29' }, actor);
  await assignPoint(db, city, { subject: signals, agency: 'udb', dueDate: '2023-12-15' }, actor);
  await measureLinks.link(db, city, signals, measure, actor);
  await seedIndicators(db, city, city, actor);
  await indicatorLinks.link(db, city, signals, indicator, actor);
  const today = '2023-12-05';
  const due = dueReminders(
    await loadRemindableRecords(db, city),
    await loadSentReminders(db, city),
    today,
    await shippedWorkingCalendar(),
  );
  const ids = await recordReminders(db, city, due, today);
  await markMailed(db, city, ids.slice(0, 1), {
    messageId: '<1@mail.test>',
    subject: '推動會追蹤事項催辦',
    recipients: ['clerk@tb.kcg.gov.tw'],
  });
}

/** Everything the follow-up pages and lists show, to compare two databases by. */
async function followUpViews(db: Kysely<Tables>) {
  return {
    status: await followUpStatus(db, city, '2023-12-10', false),
    published: await followUpStatus(db, city, '2023-12-10', true),
    overdue: await listOverdue(db, city, '2023-12-10'),
    records: await loadFollowUpRecords(db, city),
    // Row ids are the database's own, not part of the city: compare what they point at.
    reminders: (await listReminders(db, city)).map((r) => ({ ...r, assignment: null })),
    measurePoints: await measureLinks.list(db, city, measure, true),
    indicatorPoints: await indicatorLinks.list(db, city, indicator, true),
  };
}

describeEachDatabase('a worked committee through export and import', (getDb) => {
  let exported: CityDocument;
  let meetingIndex: number;
  let empty: Database;
  beforeAll(async () => {
    const { db, engine } = getDb();
    await workTheCommittee(db);
    exported = await exportCity(db, city);
    meetingIndex = exported.committee?.meetings.findIndex((m) => m.code === MEETING) ?? -1;
    empty = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await empty.close();
  });

  const copy = (): CityDocument => JSON.parse(JSON.stringify(exported)) as CityDocument;
  const followUpOf = (doc: CityDocument) => {
    const followUp = doc.committee?.meetings[meetingIndex]?.followUp;
    if (!followUp) throw new Error('the export carries no follow-up');
    return followUp;
  };
  const assignmentOf = (doc: CityDocument, agency: string): [AssignmentDocument, number] => {
    const list = followUpOf(doc).assignments;
    const j = list.findIndex(
      (a) =>
        'item' in a.subject && a.subject.item === 1 && a.subject.point === 1 && a.agency === agency,
    );
    const found = list[j];
    if (!found) throw new Error(`no assignment to ${agency}`);
    return [found, j];
  };

  it('exports the replies, closures, events, reminders, measure and indicator links and publication', () => {
    const meeting = exported.committee?.meetings[meetingIndex];
    expect(meeting?.minutesPublishedOn).toBe('2023-11-22');
    const [tb] = assignmentOf(exported, 'tb');
    expect(tb).toMatchObject({
      state: 'closed',
      reply: { text: '113年完成', date: '2023-11-28' },
      note: '解除列管',
      dueDateFixed: false,
    });
    expect(tb.events.map((e) => [e.event, e.on, e.actor])).toEqual([
      ['reply', '2023-11-24', 'tb-clerk'],
      ['keep_open', '2023-11-27', actor],
      ['reply', '2023-11-28', 'tb-clerk'],
      ['close', '2023-11-29', actor],
    ]);
    const [udb] = assignmentOf(exported, 'udb');
    expect(udb).toMatchObject({ state: 'open', dueDate: '2023-12-15', dueDateFixed: true });
    expect(followUpOf(exported).measures).toEqual([{ item: 1, comment: 1, point: 1, ...measure }]);
    expect(followUpOf(exported).indicators).toEqual([{ item: 1, comment: 1, point: 1, indicator }]);
    const reminders = followUpOf(exported).assignments.flatMap((a) => a.reminders);
    expect(reminders.length).toBeGreaterThan(1);
    expect(reminders.filter((r) => r.mail !== null)).toHaveLength(1);
  });

  /** Breaks the assignment of 石豐宇's point to 交通局 and returns the path of `field`. */
  const breakTb =
    (change: (tb: AssignmentDocument) => void, field: string) => (doc: CityDocument) => {
      const [tb, j] = assignmentOf(doc, 'tb');
      change(tb);
      return `followUp.assignments[${j}].${field}`;
    };
  /** Breaks the indicator link of a copy of the export; the problem is at the `at`th link. */
  const breakIndicatorLink =
    (change: (links: IndicatorLink[], link: IndicatorLink) => void, at: number) =>
    (doc: CityDocument) => {
      const links = followUpOf(doc).indicators;
      const [link] = links;
      if (!link) throw new Error('no indicator link');
      change(links, link);
      return `followUp.indicators[${at}]`;
    };
  const lateReply = {
    event: 'reply',
    body: '再回覆',
    on: '2023-11-30',
    actor: 'tb-clerk',
  } as const;
  /** Each breaks one thing in a copy of the export and returns its path under the meeting. */
  const refusals: [string, (doc: CityDocument) => string][] = [
    [
      'an assignment to an agency the city does not have',
      breakTb((tb) => (tb.agency = 'nowhere'), 'agency'),
    ],
    [
      'a subject that is not in the meeting',
      breakTb((tb) => (tb.subject = { resolution: 99 }), 'subject'),
    ],
    ['a state the events do not lead to', breakTb((tb) => (tb.state = 'kept_open'), 'state')],
    [
      'an event that cannot happen in the state before it (a reply to a closed point)',
      breakTb((tb) => tb.events.push(lateReply), 'events[4].event'),
    ],
    [
      'a link to a measure the city does not have',
      (doc) => {
        const [link] = followUpOf(doc).measures;
        if (!link) throw new Error('no link');
        link.no = 999;
        return 'followUp.measures[0].no';
      },
    ],
    [
      'a link to an indicator from a point the meeting does not have',
      breakIndicatorLink((_, link) => (link.point = 99), 0),
    ],
    [
      'the same indicator link twice',
      breakIndicatorLink((links, link) => links.push({ ...link }), 1),
    ],
    [
      'minutes published before the meeting',
      (doc) => {
        const meeting = doc.committee?.meetings[meetingIndex];
        if (!meeting) throw new Error('no meeting');
        meeting.minutesPublishedOn = '2023-11-01';
        return 'minutesPublishedOn';
      },
    ],
  ];

  it.each(refusals)('refuses %s, naming its path and writing nothing', async (_, breakOne) => {
    const doc = copy();
    const path = `committee.meetings[${meetingIndex}].${breakOne(doc)}`;
    const { db } = getDb();
    const error = await importCity(db, doc, { replace: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetZeroError);
    expect((error as NetZeroError).issues.map((i) => i.path)).toEqual([path]);
    expect(await exportCity(db, city)).toEqual(exported);
  });

  it('imports into an empty database and exports the same document, with the same follow-up lists', async () => {
    await importCity(empty.db, copy());
    expect(await exportCity(empty.db, city)).toEqual(exported);
    const views = await followUpViews(empty.db);
    expect(views).toEqual(await followUpViews(getDb().db));
    // The indicators are not part of the city document; the link, by code, still comes back.
    expect(views.indicatorPoints.map((p) => p.member)).toEqual(['石豐宇']);
  });

  it('imports the committee alone with its follow-up, and names those meetings in the audit trail', async () => {
    const other = await openTestDatabase(getDb().engine);
    try {
      const { committee, ...rest } = copy();
      await importCity(other.db, rest);
      await importCommittee(other.db, city, committee, actor);
      expect(await exportCity(other.db, city)).toEqual(exported);
      const entry = await other.db
        .selectFrom('audit_log')
        .select('after')
        .where('action', '=', 'committee.import')
        .executeTakeFirstOrThrow();
      expect(entry.after).toMatchObject({ followUp: [MEETING] });
    } finally {
      await other.close();
    }
  });
});
