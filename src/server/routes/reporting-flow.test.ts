import { beforeAll, expect, it } from 'vitest';
import type { PlanSummaryJson } from '../../contracts/plan-summary.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { createApp } from '../app.js';
import { ApiClient, addUser, TEST_PASSWORD } from '../test-support/api-client.js';
import { KAOHSIUNG_Q4_2023 } from '../../db/test-support/rounds.js';
import { Document, Packer } from 'docx';
import ExcelJS from 'exceljs';
import { withEntry, zerosDeflated } from '../../core/test-support/zip-bomb.js';

interface Detail {
  state: string;
  version: number;
  computedStatus: string;
  reviewComment: string | null;
  indicators: { key: string; unit: string; previous: unknown[] }[];
  figures: { indicator: string; value: string; basis: string }[];
}

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describeEachDatabase('reporting round: clerk → secretariat → public', (getDb) => {
  let now = new Date('2024-01-10T02:00:00Z');
  let app: ReturnType<typeof createApp>;
  let admin: ApiClient;
  let clerk: ApiClient;
  let roundId = 0;
  const sub = (sector: string, no: number) =>
    `/cities/kaohsiung/rounds/${roundId}/submissions/${sector}/${no}`;
  const publicActual = async (sector: string, no: number) => {
    const anon = new ApiClient(app);
    const { body } = await anon.json<PlanSummaryJson>(
      'GET',
      '/cities/kaohsiung/plans/phase2/summary?asOf=2023-12-31',
    );
    return body.measures.find((m) => m.sector === sector && m.no === no)?.indicators[0]?.actual;
  };
  const auditCount = async () =>
    (
      await getDb()
        .db.selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

  beforeAll(async () => {
    const db = getDb().db;
    await seedDataset(db, 'kaohsiung');
    await addUser(db, 'kaohsiung', 'sec', 'admin');
    await addUser(db, 'kaohsiung', 'epb-clerk', 'agency_editor', ['epb']);
    app = createApp({ db, engine: getDb().engine, now: () => now });
    admin = new ApiClient(app);
    clerk = new ApiClient(app);
    expect((await admin.signIn('kaohsiung', 'sec', TEST_PASSWORD)).status).toBe(200);
    expect((await clerk.signIn('kaohsiung', 'epb-clerk', TEST_PASSWORD)).status).toBe(200);
  });

  it('opens a round, refusing one whose period leaves the plan', async () => {
    const bad = await admin.json<{ details: { path: string }[] }>(
      'POST',
      '/cities/kaohsiung/rounds',
      {
        plan: 'phase2',
        title: 'x',
        periodStart: '2026-01-01',
        cutOff: '2026-03-31',
        dueDate: '2026-04-30',
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details[0]?.path).toBe('cutOff');
    const res = await admin.json<{ id: number; progress: { notStarted: number } }>(
      'POST',
      '/cities/kaohsiung/rounds',
      KAOHSIUNG_Q4_2023,
    );
    expect(res.status).toBe(201);
    expect(res.body.progress.notStarted).toBe(58);
    roundId = res.body.id;
  });

  it('shows an agency only its own measures, with unit and previous figures', async () => {
    const list = await clerk.json<{ agencyCode: string }[]>(
      'GET',
      `/cities/kaohsiung/rounds/${roundId}/submissions`,
    );
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(5);
    expect(new Set(list.body.map((m) => m.agencyCode))).toEqual(new Set(['epb']));
    const detail = await clerk.json<Detail>('GET', sub('transport', 1));
    expect(detail.body).toMatchObject({ state: 'not_started', version: 0 });
    expect(detail.body.indicators[0]).toMatchObject({ key: 'diesel_trucks', unit: '輛' });
    expect(detail.body.indicators[0]?.previous).toHaveLength(3);
    expect((await clerk.json('GET', sub('energy', 1))).status).toBe(403);
    expect(
      (
        await clerk.json('PUT', sub('energy', 1), {
          version: 0,
          figures: [],
          qualitativeText: 'x',
          laggingExplanation: null,
        })
      ).status,
    ).toBe(403);
  });

  it('refuses bad figures naming each field, writing nothing', async () => {
    const before = await auditCount();
    const res = await clerk.json<{ code: string; details: { path: string }[] }>(
      'PUT',
      sub('transport', 1),
      {
        version: 0,
        figures: [
          { indicator: 'nope', value: '1', basis: 'increment' },
          { indicator: 'diesel_trucks', value: '1,5', basis: 'increment' },
        ],
        qualitativeText: '',
        laggingExplanation: null,
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => d.path)).toEqual(['body.figures.1.value']);
    const semantic = await clerk.json<{ details: { path: string }[] }>('PUT', sub('transport', 1), {
      version: 0,
      figures: [{ indicator: 'nope', value: '1', basis: 'increment' }],
      qualitativeText: '',
      laggingExplanation: null,
    });
    expect(semantic.status).toBe(400);
    expect(semantic.body.details[0]?.path).toBe('figures[0].indicator');
    expect(await auditCount()).toBe(before);
    expect((await clerk.json<Detail>('GET', sub('transport', 1))).body.version).toBe(0);
  });

  it('requires qualitative results, and an explanation when the figures leave the measure lagging', async () => {
    // 53 inspections a year; 40 by September and none after: lagging. 20 more: on track.
    const saved = await clerk.json<Detail>('PUT', sub('environment', 9), {
      version: 0,
      figures: [{ indicator: 'inspections', value: '0', basis: 'increment' }],
      qualitativeText: '',
      laggingExplanation: null,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ state: 'draft', version: 1, computedStatus: 'lagging' });
    const refused = await clerk.json<{ details: { path: string }[] }>(
      'POST',
      `${sub('environment', 9)}/submit`,
      { version: 1 },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.details.map((d) => d.path)).toEqual([
      'qualitativeText',
      'laggingExplanation',
    ]);
    // A past year already fell short (51 in 111), so it stays lagging: explain, then submit.
    const explained = await clerk.json<Detail>('PUT', sub('environment', 9), {
      version: 1,
      figures: [{ indicator: 'inspections', value: '20', basis: 'increment' }],
      qualitativeText: '稽查20家。',
      laggingExplanation: '111年稽查人力不足，112年已補足。',
    });
    expect(explained.status).toBe(200);
    const submitted = await clerk.json<Detail>('POST', `${sub('environment', 9)}/submit`, {
      version: 2,
    });
    expect(submitted.body.state).toBe('submitted');
  });

  /** The transport agency's draft of 600 trucks replaced, at `version`. */
  const saveTrucks = (version: number) =>
    clerk.json<Detail>('PUT', sub('transport', 1), {
      version,
      figures: [{ indicator: 'diesel_trucks', value: '600', basis: 'increment' }],
      qualitativeText: '112年10–12月汰換大型柴油車600輛。',
      laggingExplanation: '補助申請集中於年底。',
    });

  it('keeps drafts and submitted figures out of public view; a return sends the comment back', async () => {
    const publicBefore = await publicActual('transport', 1);
    const saved = await saveTrucks(0);
    expect(saved.body.version).toBe(1);
    expect(await publicActual('transport', 1)).toBe(publicBefore);
    const submitted = await clerk.json<Detail>('POST', `${sub('transport', 1)}/submit`, {
      version: 1,
    });
    expect(submitted.body.state).toBe('submitted');
    expect(await publicActual('transport', 1)).toBe(publicBefore);
    const edit = { version: 2, figures: [], qualitativeText: 'x', laggingExplanation: null };
    expect((await clerk.json('PUT', sub('transport', 1), edit)).status).toBe(409);
    const approveByClerk = { decision: 'approve', version: 2 };
    expect((await clerk.json('POST', `${sub('transport', 1)}/review`, approveByClerk)).status).toBe(
      403,
    );
    const returned = await admin.json<Detail>('POST', `${sub('transport', 1)}/review`, {
      decision: 'return',
      version: 2,
      comment: '請附佐證',
    });
    expect(returned.body).toMatchObject({ state: 'returned', reviewComment: '請附佐證' });
    expect((await clerk.json<Detail>('GET', sub('transport', 1))).body.reviewComment).toBe(
      '請附佐證',
    );
    expect(await publicActual('transport', 1)).toBe(publicBefore);
  });

  it("answers a submission's review comments as before: posted by the secretariat, read by the agency", async () => {
    const posted = await admin.json('POST', `${sub('transport', 1)}/comments`, { text: '請補件' });
    expect(posted.status).toBe(201);
    expect(posted.body).toEqual({
      id: expect.any(Number) as number,
      author: 'sec',
      role: 'admin',
      text: '請補件',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as string,
    });
    expect(
      (await clerk.json('POST', `${sub('transport', 1)}/comments`, { text: 'x' })).status,
    ).toBe(403);
    const listed = await clerk.json<unknown[]>('GET', `${sub('transport', 1)}/comments`);
    expect(listed.body).toEqual([posted.body]);
  });

  it('publishes approved figures into the public summary and measure page at once', async () => {
    const publicBefore = await publicActual('transport', 1);
    const resaved = await saveTrucks(3);
    expect(resaved.body.state).toBe('draft');
    await clerk.json('POST', `${sub('transport', 1)}/submit`, { version: 4 });
    const approved = await admin.json<Detail>('POST', `${sub('transport', 1)}/review`, {
      decision: 'approve',
      version: 5,
    });
    expect(approved.body.state).toBe('approved');
    expect(await publicActual('transport', 1)).toBe(String(Number(publicBefore) + 600));
    const page = await new ApiClient(app).json<{
      qualitativeResults: { text: string }[];
      laggingExplanations: { text: string }[];
    }>('GET', '/cities/kaohsiung/plans/phase2/measures/transport/1?asOf=2023-12-31');
    expect(page.body.qualitativeResults.at(-1)?.text).toBe('112年10–12月汰換大型柴油車600輛。');
    expect(page.body.laggingExplanations.at(-1)?.text).toBe('補助申請集中於年底。');
  });

  it('lists overdue agencies after the due date', async () => {
    now = new Date('2024-02-05T02:00:00Z');
    // Sessions last a working day: sign in again on the new day.
    await admin.signIn('kaohsiung', 'sec', TEST_PASSWORD);
    await clerk.signIn('kaohsiung', 'epb-clerk', TEST_PASSWORD);
    const res = await admin.json<{
      overdue: boolean;
      agencies: {
        code: string;
        measures: number;
        submitted: number;
        approved: number;
        missing: number;
      }[];
    }>('GET', `/cities/kaohsiung/rounds/${roundId}/overdue`);
    expect(res.body.overdue).toBe(true);
    const epb = res.body.agencies.find((a) => a.code === 'epb');
    expect(epb?.approved).toBe(1);
    // transport 1 approved, environment 9 submitted; the rest missing.
    expect(epb?.submitted).toBe(1);
    expect(epb?.missing).toBe((epb?.measures ?? 0) - 2);
  });

  it('stores attachments checked by their bytes, and refuses the rest', async () => {
    const ok = await clerk.request('POST', `${sub('manufacturing', 3)}/attachments`, pdf, {
      'X-Filename': encodeURIComponent('佐證.pdf'),
    });
    expect(ok.status).toBe(201);
    const meta = (await ok.json()) as { id: number; contentType: string };
    expect(meta.contentType).toBe('application/pdf');
    const back = await clerk.request('GET', `${sub('manufacturing', 3)}/attachments/${meta.id}`);
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(pdf);
    const disguised = await clerk.request('POST', `${sub('manufacturing', 3)}/attachments`, png, {
      'X-Filename': 'report.pdf',
    });
    expect(disguised.status).toBe(400);
    const script = await clerk.request(
      'POST',
      `${sub('manufacturing', 3)}/attachments`,
      new TextEncoder().encode('#!/bin/sh'),
      { 'X-Filename': 'a.pdf' },
    );
    expect(script.status).toBe(400);
    const huge = new Uint8Array(6 * 1024 * 1024);
    huge.set(pdf);
    const tooBig = await clerk.request('POST', `${sub('manufacturing', 3)}/attachments`, huge, {
      'X-Filename': 'big.pdf',
    });
    expect(tooBig.status).toBe(413);
  });

  it('refuses a docx bomb and a zip named .docx that is not a document', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [] }] }));
    const attach = (bytes: Uint8Array, name: string) =>
      clerk.request('POST', `${sub('manufacturing', 2)}/attachments`, bytes, {
        'X-Filename': name,
      });
    expect((await attach(docx, 'plain.docx')).status).toBe(201);
    const bomb = withEntry(docx, {
      name: 'word/media/image1.bin',
      deflated: zerosDeflated(200),
      declaredBytes: 1000,
    });
    expect((await attach(bomb, 'bomb.docx')).status).toBe(400);
    const workbook = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    const wrong = await attach(workbook, 'renamed.docx');
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/DOCX/);
  });

  it('limits evidence per submission: 20 files, 25 MB in all', async () => {
    const attach = (no: number, bytes: Uint8Array) =>
      clerk.request('POST', `${sub('manufacturing', no)}/attachments`, bytes, {
        'X-Filename': 'e.pdf',
      });
    // manufacturing 3 holds one file from the test above.
    for (let i = 0; i < 19; i++) expect((await attach(3, pdf)).status).toBe(201);
    const twentyFirst = await attach(3, pdf);
    expect(twentyFirst.status).toBe(400);
    expect(await twentyFirst.text()).toMatch(/already has 20 attachments/);
    const fiveMb = new Uint8Array(5 * 1024 * 1024 - 64 * 1024);
    fiveMb.set(pdf);
    for (let i = 0; i < 5; i++) expect((await attach(1, fiveMb)).status).toBe(201);
    const over = await attach(1, fiveMb);
    expect(over.status).toBe(400);
    expect(await over.text()).toMatch(/exceed 25 MB/);
  });

  it('refuses evidence on a submitted or approved submission and in a closed round', async () => {
    const writesBefore = await auditCount();
    const attach = (sector: string, no: number) =>
      clerk.request('POST', `${sub(sector, no)}/attachments`, pdf, { 'X-Filename': 'late.pdf' });
    const approved = await attach('transport', 1);
    expect(approved.status).toBe(409);
    expect(await approved.text()).toMatch(/approved/);
    expect((await attach('environment', 9)).status).toBe(409);
    expect(await auditCount()).toBe(writesBefore);
    const round = await admin.json<{ version: number }>(
      'GET',
      `/cities/kaohsiung/rounds/${roundId}`,
    );
    const closed = await admin.json('PATCH', `/cities/kaohsiung/rounds/${roundId}`, {
      version: round.body.version,
      status: 'closed',
    });
    expect(closed.status).toBe(200);
    const writesAfterClosing = await auditCount();
    const late = await attach('energy', 4);
    expect(late.status).toBe(409);
    expect(await late.text()).toMatch(/closed/);
    expect(await auditCount()).toBe(writesAfterClosing);
  });
});
