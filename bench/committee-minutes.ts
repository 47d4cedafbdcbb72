/**
 * The minutes benchmark (BENCHMARKS.md, "Committee"; issue 14: the minutes of one meeting in
 * DOCX ≤ 1 s): one SYNTHETIC meeting of 300 points — 3 agenda items × 10 speakers × 10 points,
 * every fifth point with three sub-points, texts of 60–180 characters drawn deterministically
 * from a fixed vocabulary — built into the minutes model and rendered to DOCX, timed in this
 * process (the CLI's and the server's path minus reading the records). The meeting is not real:
 * its committee, members and words are generated and labelled 合成 (synthetic).
 *
 * `npm run bench` runs it; alone: `node --import tsx bench/committee-minutes.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { CommitteeDocumentInput } from '../src/contracts/committee-document.js';
import { validateCommitteeDocument } from '../src/contracts/validate-committee-document.js';
import { renderMinutesDocx } from '../src/reports/committee-minutes/minutes-docx.js';
import { buildMinutesModel } from '../src/reports/committee-minutes/minutes-model.js';
import { summarize, type Timing } from './timing.js';

export const MINUTES_SCALE = { items: 3, speakers: 10, pointsPerSpeaker: 10 } as const;
const SYNTHETIC_MEETING = 'synthetic-1';
const AGENCIES = ['epb', 'tb', 'edb', 'pwb', 'edu'];
const WORDS = [
  '建議市府',
  '持續推動',
  '淨零轉型',
  '再生能源',
  '公共運輸',
  '減碳成效',
  '量化指標',
  '質化說明',
  '社區參與',
  '公正轉型',
  '碳預算',
  '2030 年目標',
  'ESG 揭露',
  '資源循環',
];

/** A deterministic pseudo-random sequence, so every run measures the same document. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One synthetic committee with one meeting of 300 points (see the file's comment). */
export function syntheticMinutesDocument(): CommitteeDocumentInput {
  const next = random(14);
  const sentence = () => {
    const length = 60 + Math.floor(next() * 120);
    let text = '';
    while (text.length < length) text += `${WORDS[Math.floor(next() * WORDS.length)] ?? ''}，`;
    return `${text.slice(0, -1)}。`;
  };
  const member = (n: number) => `合成委員${String(n).padStart(2, '0')}`;
  const concerns = () => [AGENCIES[Math.floor(next() * AGENCIES.length)] ?? 'epb'];
  const agendaItems = Array.from({ length: MINUTES_SCALE.items }, (_, i) => ({
    number: i + 1,
    kind: 'report_matter' as const,
    title: `合成議題 ${String(i + 1)}`,
    presentation: { heading: '報告', summary: '略以' },
    presentingAgency: null,
    ruling: '同意備查',
    comments: Array.from({ length: MINUTES_SCALE.speakers }, (_, s) => ({
      number: s + 1,
      member: member(s + 1),
      channel: 'oral' as const,
      writtenForm: null,
      points: Array.from({ length: MINUTES_SCALE.pointsPerSpeaker }, (_, p) => ({
        number: p + 1,
        text: sentence(),
        concerns: concerns(),
        subPoints:
          p % 5 === 4
            ? ['a', 'b', 'c'].map((letter) => ({ letter, text: sentence(), concerns: concerns() }))
            : [],
      })),
    })),
  }));
  return {
    format: 'netzero-committee/1',
    city: 'synthetic',
    committee: { name: '合成測試推動會（synthetic）', secretariat: 'epb', source: 'synthetic' },
    sources: [],
    agencies: [],
    terms: [
      { number: 1, name: '第一屆', start: null, end: null, memberCount: 25, source: 'synthetic' },
    ],
    groups: [],
    members: Array.from({ length: MINUTES_SCALE.speakers }, (_, i) => ({
      name: member(i + 1),
      title: null,
      category: null,
      role: 'member' as const,
      terms: [1],
    })),
    meetings: [
      {
        code: SYNTHETIC_MEETING,
        kind: 'plenary',
        term: 1,
        sequence: 1,
        title: '第一屆第一次大會（合成資料）',
        date: '2030-03-14',
        startTime: '14:00',
        endTime: '17:30',
        place: '合成會議室',
        chair: member(1),
        attendance: { text: '如簽到表', members: null },
        recorder: '合成紀錄',
        chairRemarks: '略',
        reportMattersNote: '詳會議資料',
        agendaItems,
        resolutions: [1, 2, 3, 4, 5].map((n) => ({ number: n, text: sentence(), concerns: 'all' })),
        replyDays: 7,
        minutesSentOn: null,
        source: 'synthetic',
      },
    ],
  };
}

export function validatedSyntheticMinutes() {
  return validateCommitteeDocument(syntheticMinutesDocument(), {
    city: 'synthetic',
    agencies: new Set(AGENCIES),
    sources: new Set(['synthetic']),
  });
}

const RUNS = 10;

/** Times model + DOCX for the synthetic meeting: one warm-up, then RUNS runs. */
export async function benchCommitteeMinutes(): Promise<Timing> {
  const document = validatedSyntheticMinutes();
  const durations: number[] = [];
  for (let round = 0; round <= RUNS; round++) {
    const started = performance.now();
    await renderMinutesDocx(buildMinutesModel(document, SYNTHETIC_MEETING));
    if (round > 0) durations.push(performance.now() - started);
  }
  const timing = summarize(durations);
  const points = MINUTES_SCALE.items * MINUTES_SCALE.speakers * MINUTES_SCALE.pointsPerSpeaker;
  console.log(
    `${timing.medianMs <= 1000 ? 'MET   ' : 'MISSED'}  minutes of one synthetic meeting of ${String(points)} points as DOCX ≤ 1 s (median ${timing.medianMs.toFixed(0)} ms, p95 ${timing.p95Ms.toFixed(0)} ms, min ${timing.minMs.toFixed(0)} ms, ${String(timing.runs)} runs)`,
  );
  return timing;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchCommitteeMinutes();
}
