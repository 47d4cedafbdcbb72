/**
 * The overdue-list benchmark (BENCHMARKS.md, "Committee"; issue 14: the overdue list per agency
 * ≤ 50 ms on PostgreSQL): a SYNTHETIC committee of ten years of meetings, 12 a year, 300 points
 * each (3 items × 10 speakers × 10 points), every point assigned to one or two of 20 agencies,
 * due seven days (weekends skipped) after minutes sent three days after the meeting; a
 * deterministic share of the assignments is then replied to or closed. Nothing of it is real:
 * city, members and words are generated and labelled 合成 (synthetic). It is imported through
 * importCommittee, then listOverdue is timed on PostgreSQL.
 *
 * Alone: `BENCH_DATABASE_URL=postgres://… node --import tsx bench/committee-follow-up.ts`.
 */
import { pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { CommitteeDocumentInput } from '../src/contracts/committee-document.js';
import { addDays, type IsoDate } from '../src/core/dates.js';
import type { WorkingCalendar } from '../src/core/office-calendar.js';
import { openDatabase } from '../src/db/connect.js';
import { listOverdue } from '../src/db/committee/follow-up.js';
import { exportCommittee } from '../src/db/committee/export-committee.js';
import { importCommittee } from '../src/db/committee/import-committee.js';
import type { Tables } from '../src/db/tables.js';
import { renderMinutesDocx } from '../src/reports/committee-minutes/minutes-docx.js';
import { buildMinutesModel } from '../src/reports/committee-minutes/minutes-model.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { databaseUrl, dropDatabase, runAdmin } from '../src/db/test-support/postgres-admin.js';
import { summarize, type Timing } from './timing.js';

export const FOLLOW_UP_SCALE = {
  years: 10,
  meetingsPerYear: 12,
  items: 3,
  speakers: 10,
  pointsPerSpeaker: 10,
  agencies: 20,
} as const;
const CITY = 'synthetic';
const FIRST_YEAR = 2016;
export const FOLLOW_UP_AS_OF = '2025-12-31';
const AGENCIES = Array.from({ length: FOLLOW_UP_SCALE.agencies }, (_, i) => `agency${i + 1}`);

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Weekends off, nothing else: the synthetic years have no office calendar. */
export const weekendCalendar: WorkingCalendar = {
  isWorkingDay: (date) => weekendReason(date) === undefined,
  dayOffReason: weekendReason,
};
function weekendReason(date: IsoDate): string | undefined {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? '星期日' : day === 6 ? '星期六' : undefined;
}

/** Ten years of synthetic meetings as one committee document. */
export function syntheticCommitteeDocument(): CommitteeDocumentInput {
  const next = random(14);
  const pick = () => AGENCIES[Math.floor(next() * AGENCIES.length)] ?? 'agency1';
  const terms = [1, 2, 3, 4, 5];
  const member = (i: number) => `合成委員${i}`;
  const meetings = [];
  for (let year = 0; year < FOLLOW_UP_SCALE.years; year++) {
    for (let month = 1; month <= FOLLOW_UP_SCALE.meetingsPerYear; month++) {
      const term = Math.floor(year / 2) + 1;
      const date = `${FIRST_YEAR + year}-${String(month).padStart(2, '0')}-10`;
      const sequence = (year % 2) * 12 + month;
      meetings.push({
        code: `t${term}-${sequence}`,
        kind: 'plenary' as const,
        term,
        sequence,
        title: `第${term}屆第${sequence}次大會（合成資料）`,
        date,
        startTime: '14:00',
        endTime: '17:00',
        place: '合成會議室',
        chair: member(1),
        attendance: { text: '如簽到表', members: null },
        recorder: null,
        chairRemarks: null,
        reportMattersNote: null,
        agendaItems: Array.from({ length: FOLLOW_UP_SCALE.items }, (_, i) => ({
          number: i + 1,
          kind: 'report_matter' as const,
          title: `合成議題${i + 1}`,
          presentation: null,
          presentingAgency: null,
          ruling: '同意備查',
          comments: Array.from({ length: FOLLOW_UP_SCALE.speakers }, (_, c) => ({
            number: c + 1,
            member: member(c + 1),
            channel: 'oral' as const,
            writtenForm: null,
            points: Array.from({ length: FOLLOW_UP_SCALE.pointsPerSpeaker }, (_, p) => {
              const first = pick();
              const second = pick();
              return {
                number: p + 1,
                text: `合成意見 ${date} ${i + 1}.${c + 1}.${p + 1}`,
                concerns: next() < 0.5 || first === second ? [first] : [first, second],
              };
            }),
          })),
        })),
        resolutions: [],
        replyDays: 7,
        minutesSentOn: addDays(date, 3),
        source: 'synthetic-minutes',
      });
    }
  }
  return {
    format: 'netzero-committee/1',
    city: CITY,
    committee: { name: '合成推動會', secretariat: 'agency1', source: 'synthetic-minutes' },
    sources: [
      {
        code: 'synthetic-minutes',
        title: '合成會議紀錄',
        kind: 'minutes',
        dateUnknown: true,
        urlUnknown: true,
      },
    ],
    agencies: AGENCIES.map((code, i) => ({ code, name: `合成局處${i + 1}` })),
    terms: terms.map((number) => ({
      number,
      name: `第${number}屆`,
      start: null,
      end: null,
      memberCount: null,
      source: 'synthetic-minutes',
    })),
    groups: [],
    members: Array.from({ length: FOLLOW_UP_SCALE.speakers }, (_, i) => ({
      name: member(i + 1),
      title: null,
      category: null,
      role: i === 0 ? ('convener' as const) : ('member' as const),
      terms,
    })),
    meetings,
  };
}

const RUNS = 20;

/**
 * Loads the synthetic committee into a fresh PostgreSQL database on `adminUrl` and times
 * listOverdue: one warm-up, then RUNS runs. Prints the query plan once.
 */
export async function benchCommitteeFollowUp(adminUrl: string): Promise<Timing> {
  const name = `netzero_bench_followup_${process.pid}`;
  await runAdmin(adminUrl, [`CREATE DATABASE ${name}`]);
  const database = await openDatabase({ databaseUrl: databaseUrl(adminUrl, name) });
  try {
    const { db } = database;
    await migrateToLatest(db);
    await db
      .insertInto('cities')
      .values({ id: CITY, name: '合成市', name_en: 'Synthetic' })
      .execute();
    let started = performance.now();
    const document = syntheticCommitteeDocument();
    await importCommittee(db, CITY, document, 'bench', {
      calendar: weekendCalendar,
    });
    // A synthetic mix of states, by id: most old points answered and closed, some replied.
    await sql`UPDATE committee_assignments SET state = CASE
        WHEN id % 10 < 6 THEN 'closed' WHEN id % 10 < 8 THEN 'replied' ELSE state END,
        reply_text = CASE WHEN id % 10 < 8 THEN '合成回復' END,
        reply_date = CASE WHEN id % 10 < 8 THEN due_date END`.execute(db);
    // As autovacuum would after such an update: dead index entries out, visibility map set.
    await sql`VACUUM ANALYZE committee_assignments`.execute(db);
    const { assignments } = await db
      .selectFrom('committee_assignments')
      .select((eb) => eb.fn.countAll<string>().as('assignments'))
      .executeTakeFirstOrThrow();
    console.log(
      `committee follow-up: ${assignments} synthetic assignments loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const plan = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS)
      SELECT agency_code, count(*), min(due_date) FROM committee_assignments
       WHERE city_id = ${CITY} AND state IN ('open', 'kept_open') AND due_date < ${FOLLOW_UP_AS_OF}
       GROUP BY agency_code ORDER BY agency_code`.execute(db);
    console.log(plan.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n'));
    const durations: number[] = [];
    let agencies = 0;
    for (let round = 0; round <= RUNS; round++) {
      started = performance.now();
      agencies = (await listOverdue(db, CITY, FOLLOW_UP_AS_OF)).length;
      if (round > 0) durations.push(performance.now() - started);
    }
    const timing = summarize(durations);
    console.log(
      `${timing.medianMs <= 50 ? 'MET   ' : 'MISSED'}  overdue list per agency (${agencies} agencies) over ten years of synthetic meetings ≤ 50 ms on PostgreSQL (median ${timing.medianMs.toFixed(1)} ms, p95 ${timing.p95Ms.toFixed(1)} ms, min ${timing.minMs.toFixed(1)} ms, ${RUNS} runs)`,
    );
    await benchMinutesFromRecords(db, document.meetings ?? []);
    return timing;
  } finally {
    await database.close();
    await runAdmin(adminUrl, [dropDatabase(name)]);
  }
}

/**
 * The minutes of one meeting (the middle one) from the ten years of records, as the server and
 * the CLI make them: the meeting read back (exportCommittee with `meeting`), its model, its DOCX.
 */
async function benchMinutesFromRecords(
  db: Kysely<Tables>,
  meetings: readonly { code: string }[],
): Promise<void> {
  const meeting = meetings[Math.floor(meetings.length / 2)]?.code ?? '';
  const durations: number[] = [];
  let bytes = 0;
  for (let round = 0; round <= RUNS; round++) {
    const started = performance.now();
    const document = await exportCommittee(db, CITY, { meeting });
    bytes = (await renderMinutesDocx(buildMinutesModel(document, meeting))).length;
    if (round > 0) durations.push(performance.now() - started);
  }
  const timing = summarize(durations);
  console.log(
    `${timing.medianMs <= 1000 ? 'MET   ' : 'MISSED'}  minutes of one meeting (${meeting}, ${bytes} bytes of DOCX) from ten years of synthetic records ≤ 1 s on PostgreSQL (median ${timing.medianMs.toFixed(1)} ms, p95 ${timing.p95Ms.toFixed(1)} ms, ${RUNS} runs)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('BENCH_DATABASE_URL is not set');
  await benchCommitteeFollowUp(adminUrl);
}
