import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../../../db/city/seed-dataset.js';
import { importCommittee } from '../../../db/committee/import-committee.js';
import { loadKaohsiungCommittee } from '../../../db/test-support/kaohsiung-committee.js';
import { describeEachDatabase } from '../../../db/test-support/databases.js';
import { docxParagraphs } from '../../../reports/committee-minutes/test-support/docx-text.js';
import { createApp } from '../../app.js';
import type { Mailer } from '../../mail/mailer.js';
import { remindAgencies } from '../../jobs/remind-agencies.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../../test-support/api-client.js';

interface Assignment {
  id: number;
  state: string;
  agency: string;
  dueDate: string | null;
  reference: string;
  text: string;
  reply: { text: string } | null;
  version: number;
}
interface ErrorBody {
  code: string;
  details: { path: string }[];
}

const C = '/cities/kaohsiung/committee';
const M = `${C}/meetings/t7-plenary-2`;
const signalPoint = '建議交通局檢討路口號誌時制，並公布改善前後的延滯調查。';
const meeting = {
  code: 't7-plenary-2',
  kind: 'plenary',
  term: 7,
  sequence: 2,
  title: '第七屆第二次大會',
  date: '2024-12-01',
  startTime: '14:30',
  endTime: '16:00',
  place: '高雄市政府四維行政中心十樓第三會議室',
  chair: '陳其邁',
  recorder: '林永祥',
  attendance: { text: '如簽到表' },
};

describeEachDatabase('committee: record → assign → reply → close → publish', (getDb) => {
  let app: ReturnType<typeof createApp>;
  const clients: Record<'sec' | 'tbClerk' | 'epbClerk' | 'member' | 'anon', ApiClient> =
    {} as never;
  let assignmentId = 0;
  /** Rows a refused write must leave as they were. */
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of [
      'committee_meetings',
      'committee_comments',
      'committee_points',
      'committee_assignments',
      'audit_log',
    ]) {
      const { rows } = await sql<{ n: string | number }>`SELECT count(*) AS n FROM ${sql.table(
        table,
      )}`.execute(getDb().db);
      out[table] = Number(rows[0]?.n);
    }
    return out;
  };
  /** A refusal: its status, the field it names, and nothing written. */
  const refused = async (
    client: ApiClient,
    method: string,
    path: string,
    body: unknown,
    status: number,
    field: string,
  ) => {
    const before = await counts();
    const res = await client.json<ErrorBody>(method, path, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.details.map((d) => d.path)).toContain(field);
    expect(await counts()).toEqual(before);
    return res.body;
  };

  beforeAll(async () => {
    const { db, engine } = getDb();
    await seedDataset(db, 'kaohsiung');
    const committee = await loadKaohsiungCommittee();
    const term7 = committee.terms[0];
    if (!term7) throw new Error('the committee has no term');
    // The records start empty; a former member of term 6 only, for the term checks.
    await importCommittee(
      db,
      'kaohsiung',
      {
        ...committee,
        terms: [{ ...term7, number: 6, name: '第六屆' }, ...committee.terms],
        members: [
          ...committee.members,
          { name: '王前任', title: null, category: null, role: 'member', terms: [6] },
        ],
        meetings: [],
      },
      'setup',
    );
    await db.insertInto('cities').values({ id: 'taipei', name: '臺北市' }).execute();
    await db
      .insertInto('agencies')
      .values({ city_id: 'taipei', code: 'dot', name: '臺北市交通局', name_en: null, position: 0 })
      .execute();
    await addUser(db, 'kaohsiung', 'sec', 'admin');
    await addUser(db, 'kaohsiung', 'tb-clerk', 'agency_editor', ['tb']);
    await addUser(db, 'kaohsiung', 'epb-clerk', 'agency_editor', ['epb']);
    await addUser(db, 'kaohsiung', 'shih', 'committee_member');
    app = createApp({ db, engine, now: () => new Date('2024-12-20T02:00:00Z') });
    for (const [key, username] of [
      ['sec', 'sec'],
      ['tbClerk', 'tb-clerk'],
      ['epbClerk', 'epb-clerk'],
      ['member', 'shih'],
    ] as const) {
      clients[key] = new ApiClient(app);
      expect((await clients[key].signIn('kaohsiung', username, TEST_PASSWORD)).status).toBe(200);
    }
    clients.anon = await new ApiClient(app).start();
  });

  it('records a meeting, refusing a chair outside its term', async () => {
    const { sec } = clients;
    await refused(sec, 'POST', `${C}/meetings`, { ...meeting, chair: '王前任' }, 400, 'chair');
    await refused(sec, 'POST', `${C}/meetings`, { ...meeting, term: 5 }, 400, 'term');
    const res = await sec.json<{ code: string; replyDays: number }>(
      'POST',
      `${C}/meetings`,
      meeting,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: 't7-plenary-2', replyDays: 7 });
    await refused(sec, 'POST', `${C}/meetings`, meeting, 409, 'code');
  });

  it('adds an agenda item, a member’s numbered points with sub-points, a ruling and a resolution', async () => {
    const { sec } = clients;
    const item = await sec.json<{ number: number }>('POST', `${M}/agenda-items`, {
      kind: 'report_matter',
      title: '綜合討論',
      presentingAgency: 'epb',
    });
    expect(item).toMatchObject({ status: 201, body: { number: 1 } });
    const points = [
      { text: signalPoint, concerns: ['tb'] },
      { text: '淨零教育：', subPoints: [{ text: '國中小課程' }, { text: '社區講座' }] },
    ];
    const oral = { member: '石豐宇', channel: 'oral', points };
    await refused(
      sec,
      'POST',
      `${M}/agenda-items/1/comments`,
      { ...oral, member: '王前任' },
      400,
      'member',
    );
    await refused(
      sec,
      'POST',
      `${M}/agenda-items/1/comments`,
      { ...oral, points: [{ text: 'x', concerns: ['dot'] }] },
      400,
      'points[0].concerns[0]',
    );
    const comment = await sec.json<{ number: number; points: number }>(
      'POST',
      `${M}/agenda-items/1/comments`,
      oral,
    );
    expect(comment).toMatchObject({ status: 201, body: { number: 1, points: 2 } });
    const ruling = await sec.json('PUT', `${M}/agenda-items/1/ruling`, { ruling: '同意備查' });
    expect(ruling).toMatchObject({ status: 200, body: { ruling: '同意備查' } });
    const resolution = await sec.json('POST', `${M}/resolutions`, {
      text: '請各局處於文到7日內回復委員意見。',
      concerns: 'all',
    });
    expect(resolution).toMatchObject({ status: 201, body: { number: 1 } });
  });

  it('assigns the point to 交通局, refusing another city’s agency and a due date before the meeting', async () => {
    const { sec } = clients;
    const subject = { kind: 'point', item: 1, comment: 1, point: 1 };
    await refused(
      sec,
      'POST',
      `${M}/assignments`,
      { subject, agencies: ['tb', 'dot'] },
      400,
      'agencies[1]',
    );
    await refused(
      sec,
      'POST',
      `${M}/assignments`,
      { subject, agencies: ['tb'], dueDate: '2024-11-30' },
      400,
      'dueDate',
    );
    const sent = await sec.json<{ dueDate: string }>('PUT', `${M}/minutes-sent`, {
      sentOn: '2024-12-02',
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const res = await sec.json<Assignment[]>('POST', `${M}/assignments`, {
      subject,
      agencies: ['tb'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toHaveLength(1);
    const [assignment] = res.body;
    expect(assignment).toMatchObject({
      agency: 'tb',
      state: 'open',
      reference: '一、1.(1)',
      text: signalPoint,
      dueDate: sent.body.dueDate,
    });
    expect(sent.body.dueDate > '2024-12-02').toBe(true);
    assignmentId = assignment?.id ?? 0;
  });

  it('lets the clerk of 交通局 reply, and no clerk of another agency', async () => {
    const { tbClerk, epbClerk } = clients;
    const mine = await tbClerk.json<Assignment[]>('GET', `${C}/agencies/tb/assignments`);
    expect(mine.body.map((a) => a.id)).toEqual([assignmentId]);
    const reply = { text: '已完成號誌時制檢討，延滯調查將於本府網站公布。', version: 1 };
    const other = await epbClerk.json<ErrorBody>(
      'POST',
      `${C}/agencies/tb/assignments/${assignmentId}/reply`,
      reply,
    );
    expect(other).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const viaOwn = await epbClerk.json<ErrorBody>(
      'POST',
      `${C}/agencies/epb/assignments/${assignmentId}/reply`,
      reply,
    );
    expect(viaOwn.status).toBe(404);
    const res = await tbClerk.json<Assignment>(
      'POST',
      `${C}/agencies/tb/assignments/${assignmentId}/reply`,
      reply,
    );
    expect(res).toMatchObject({
      status: 200,
      body: { state: 'replied', reply: { text: reply.text }, version: 2 },
    });
  });

  it('takes one of two edits made on the same version, and refuses the other (409)', async () => {
    const { tbClerk } = clients;
    const url = `${C}/agencies/tb/assignments/${assignmentId}/reply`;
    const texts = ['補充說明甲', '補充說明乙'];
    // Both read version 2; whichever is written second must not overwrite the first unseen.
    const answers = await Promise.all(
      texts.map((text) => tbClerk.json<ErrorBody>('POST', url, { text, version: 2 })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const stale = answers.find((a) => a.status === 409);
    expect(stale?.body.code).toBe('CONFLICT');
    expect(stale?.body.details.map((d) => d.path)).toEqual(['version']);
    const [now] = (await tbClerk.json<Assignment[]>('GET', `${C}/agencies/tb/assignments`)).body;
    expect(now).toMatchObject({ version: 3 });
    expect(texts).toContain(now?.reply?.text);
    await refused(tbClerk, 'POST', url, { text: '補充說明丙', version: 2 }, 409, 'version');
    // The reply judged below is the clerk's first.
    const last = await tbClerk.json('POST', url, {
      text: '已完成號誌時制檢討，延滯調查將於本府網站公布。',
      version: 3,
    });
    expect(last).toMatchObject({ status: 200, body: { version: 4 } });
  });

  it('closes the point; a reply to a closed point is a conflict', async () => {
    const { sec, tbClerk } = clients;
    const res = await sec.json<Assignment>('POST', `${C}/assignments/${assignmentId}/close`, {
      note: '解除列管',
      version: 4,
    });
    expect(res).toMatchObject({ status: 200, body: { state: 'closed' } });
    await refused(
      tbClerk,
      'POST',
      `${C}/agencies/tb/assignments/${assignmentId}/reply`,
      { text: '補充', version: 5 },
      409,
      'state',
    );
  });

  it('keeps unpublished meetings from anonymous callers, not from the members of their term', async () => {
    const { anon, member, sec } = clients;
    expect((await anon.json<unknown[]>('GET', `${C}/meetings`)).body).toEqual([]);
    expect((await anon.json('GET', M)).status).toBe(404);
    expect((await anon.request('GET', `${M}/minutes/docx`)).status).toBe(404);
    expect((await member.json('GET', M)).status).toBe(404); // not linked to a member yet
    const linked = await sec.json('PATCH', `${C}/members/石豐宇`, { username: 'shih' });
    expect(linked).toMatchObject({ status: 200, body: { username: 'shih' } });
    expect((await member.json('GET', M)).status).toBe(200);
  });

  it('shows unpublished minutes to reviewers, and not to agency clerks, viewers or members of another term', async () => {
    const { db } = getDb();
    const { tbClerk } = clients;
    await addUser(db, 'kaohsiung', 'rev', 'reviewer');
    await addUser(db, 'kaohsiung', 'view', 'viewer');
    await addUser(db, 'kaohsiung', 'former', 'committee_member');
    const [reviewer, viewer, former] = [new ApiClient(app), new ApiClient(app), new ApiClient(app)];
    for (const [client, username] of [
      [reviewer, 'rev'],
      [viewer, 'view'],
      [former, 'former'],
    ] as const)
      expect((await client.signIn('kaohsiung', username, TEST_PASSWORD)).status).toBe(200);
    expect(
      await clients.sec.json('PATCH', `${C}/members/王前任`, { username: 'former' }),
    ).toMatchObject({
      status: 200,
    });
    expect((await reviewer.json('GET', M)).status).toBe(200);
    expect((await reviewer.request('GET', `${M}/minutes/docx`)).status).toBe(200);
    for (const client of [tbClerk, viewer, former]) {
      expect((await client.json<unknown[]>('GET', `${C}/meetings`)).body).toEqual([]);
      expect((await client.json('GET', M)).status).toBe(404);
      expect((await client.request('GET', `${M}/minutes/docx`)).status).toBe(404);
      const status = await client.json<{ agencies: unknown[] }>('GET', `${C}/follow-up-status`);
      expect(status.body.agencies).toEqual([]);
      const table = await client.request('GET', `${C}/follow-up-table/docx`);
      const texts = (await docxParagraphs(Buffer.from(await table.arrayBuffer()))).map(
        (p) => p.text,
      );
      expect(texts.join('\n')).not.toContain(signalPoint);
    }
    // The clerk still reads the point assigned to their agency: they must answer it.
    const mine = await tbClerk.json<Assignment[]>('GET', `${C}/agencies/tb/assignments`);
    expect(mine.body.map((a) => a.text)).toEqual([signalPoint]);
  });

  it('takes a member’s own written comment, and nothing else from them', async () => {
    const { member } = clients;
    const written = {
      channel: 'written',
      writtenForm: 'opinion',
      points: [{ text: '補充書面意見：公車路網。' }],
    };
    const res = await member.json('POST', `${M}/agenda-items/1/comments`, written);
    expect(res).toMatchObject({ status: 201, body: { member: '石豐宇', number: 2 } });
    await refused(
      member,
      'POST',
      `${M}/agenda-items/1/comments`,
      { ...written, channel: 'oral', writtenForm: null },
      400,
      'channel',
    );
    expect((await member.json('POST', `${M}/resolutions`, { text: 'x' })).status).toBe(403);
  });

  it('refuses a member e-mail that is not an address', async () => {
    const body = await refused(
      clients.sec,
      'PATCH',
      `${C}/members/石豐宇`,
      { email: 'shih at nycu' },
      400,
      'email',
    );
    expect(JSON.stringify(body)).toContain('not an e-mail address');
    const ok = await clients.sec.json('PATCH', `${C}/members/石豐宇`, {
      email: 'Shih@NYCU.edu.tw',
    });
    expect(ok).toMatchObject({ status: 200, body: { email: 'Shih@nycu.edu.tw' } });
  });

  it('publishes the minutes once; anyone then reads them and downloads the DOCX', async () => {
    const { sec, anon } = clients;
    const published = await sec.json('POST', `${M}/publish`, { publishedOn: '2024-12-10' });
    expect(published).toMatchObject({ status: 200, body: { minutesPublishedOn: '2024-12-10' } });
    await refused(sec, 'POST', `${M}/publish`, {}, 409, 'meeting');
    const listed = await anon.json<{ code: string }[]>('GET', `${C}/meetings`);
    expect(listed.body.map((m) => m.code)).toEqual(['t7-plenary-2']);
    const page = await anon.json<{
      meeting: { agendaItems: { ruling: string }[] };
      printedNames: Record<string, string>;
    }>('GET', M);
    expect(page.status).toBe(200);
    expect(page.body.meeting.agendaItems[0]?.ruling).toBe('同意備查');
    expect(page.body.printedNames).toEqual({ 石豐宇: '石豐宇委員', 陳其邁: '陳其邁市長' });
    const res = await anon.request('GET', `${M}/minutes/docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const texts = (await docxParagraphs(Buffer.from(await res.arrayBuffer()))).map((p) => p.text);
    expect(texts).toContain(`(1)\t${signalPoint}`);
    const status = await anon.json<{ agencies: { agency: string }[] }>(
      'GET',
      `${C}/follow-up-status?asOf=2024-12-20`,
    );
    expect(status.body.agencies.find((a) => a.agency === 'tb')).toEqual({
      agency: 'tb',
      agencyName: expect.any(String) as string,
      assigned: 1,
      answered: 1,
      overdue: 0,
      closed: 1,
    });
    const table = await anon.request('GET', `${C}/follow-up-table/xlsx`);
    expect(table.status).toBe(200);
    expect(table.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('shows a point linked to a measure on the measure’s page', async () => {
    const res = await clients.sec.json('POST', `${M}/measure-links`, {
      subject: { kind: 'point', item: 1, comment: 1, point: 1 },
      plan: 'phase2',
      sector: 'transport',
      no: 1,
    });
    expect(res.status).toBe(201);
    const shown = await clients.anon.json<{ reference: string; text: string }[]>(
      'GET',
      '/cities/kaohsiung/plans/phase2/measures/transport/1/committee-points',
    );
    expect(shown.body).toEqual([
      expect.objectContaining({ reference: '一、1.(1)', text: signalPoint }),
    ]);
  });

  it('lists what is overdue per agency for the secretariat', async () => {
    const { sec, anon } = clients;
    const assigned = await sec.json<Assignment[]>('POST', `${M}/assignments`, {
      subject: { kind: 'resolution', resolution: 1 },
      agencies: ['epb', 'edb'],
    });
    // In the city's order of agencies, whatever the order asked in.
    expect(assigned.body.map((a) => a.agency)).toEqual(['edb', 'epb']);
    const res = await sec.json<{ agencies: { agency: string; overdue: number }[] }>(
      'GET',
      `${C}/overdue?asOf=2024-12-31`,
    );
    expect(res.status).toBe(200);
    // 交通局 answered and was closed; 環保局 and 經發局 owe the resolution's answer.
    expect(res.body.agencies.map((a) => [a.agency, a.overdue]).sort()).toEqual([
      ['edb', 1],
      ['epb', 1],
    ]);
    expect((await anon.json('GET', `${C}/overdue`)).status).toBe(401);
  });

  it('lists the reminders issued to an agency for its clerk, and not for another agency’s', async () => {
    const { epbClerk, tbClerk } = clients;
    // No agency here has a mail address: the reminders are issued in the app only.
    const noMail: Mailer = {
      from: { address: 'netzero@example.gov.tw', name: null },
      send: () => Promise.reject(new Error('no agency has an address: nothing is mailed')),
      close: () => undefined,
    };
    const outcome = await remindAgencies(getDb().db, {
      city: 'kaohsiung',
      today: '2025-01-02',
      mailer: noMail,
    });
    expect(outcome.inAppOnly.map((r) => [r.agency, r.kind]).sort()).toEqual([
      ['edb', 'overdue'],
      ['epb', 'overdue'],
    ]);
    const res = await epbClerk.json<{ assignment: number; kind: string; round: number }[]>(
      'GET',
      `${C}/agencies/epb/reminders`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({ kind: 'overdue', round: 1, sentOn: '2025-01-02', mailed: false }),
    ]);
    const mine = await epbClerk.json<Assignment[]>('GET', `${C}/agencies/epb/assignments`);
    expect(mine.body.map((a) => a.id)).toContain(res.body[0]?.assignment);
    expect((await tbClerk.json('GET', `${C}/agencies/epb/reminders`)).status).toBe(403);
    expect((await tbClerk.json<unknown[]>('GET', `${C}/agencies/tb/reminders`)).body).toEqual([]);
  });
});
