import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FollowUpRecord } from '../../core/committee/follow-up-record.js';
import { thrown } from '../../core/test-support/thrown.js';
import { renderFollowUpDocx } from './follow-up-docx.js';
import { buildFollowUpTable, committeeAgencyNames } from './follow-up-table.js';
import { FOLLOW_UP_COLUMNS, renderFollowUpXlsx } from './follow-up-xlsx.js';
import { documentXml, docxParagraphs } from './test-support/docx-text.js';
import { loadSeedCommittee, SEED_MEETING } from './test-support/seed-committee.js';

const { city, committee } = await loadSeedCommittee();
const agencyNames = committeeAgencyNames(city.agencies, committee);
const meeting = SEED_MEETING;
const whitePaperIndustry = {
  kind: 'point',
  meeting,
  item: 3,
  comment: 8,
  point: 2,
  subPoint: 'b',
} as const;

/** Given out of order: the table puts them in the minutes' order. */
const records: FollowUpRecord[] = [
  {
    subject: { kind: 'resolution', meeting, resolution: 3 },
    agency: 'epb',
    dueDate: '2023-11-20',
    reply: { text: '已彙整各局處回復。', date: '2023-11-21' },
    state: 'kept_open',
    note: '尚缺二局處之回復',
  },
  {
    subject: whitePaperIndustry,
    agency: 'labor',
    dueDate: '2023-11-20',
    reply: null,
    state: 'open',
    note: null,
  },
  {
    subject: whitePaperIndustry,
    agency: 'edb',
    dueDate: '2023-11-20',
    reply: { text: '將輔導企業揭露 ESG 資訊。', date: '2023-11-16' },
    state: 'replied',
    note: null,
  },
  {
    subject: { kind: 'point', meeting, item: 1, comment: 1, point: 1, subPoint: null },
    agency: 'tb',
    dueDate: '2023-11-20',
    reply: { text: '已於主要路口辦理定期調查。', date: '2023-11-17' },
    state: 'closed',
    note: '同意解除列管',
  },
];
const record = (i: number): FollowUpRecord => {
  const found = records[i];
  if (!found) throw new Error(`no record ${i}`);
  return found;
};
const table = buildFollowUpTable(committee, records, { asOf: '2023-11-30', agencyNames });

describe('the follow-up table (歷次會議決議事項辦理情形)', () => {
  it('has one row per assigned point, in the minutes’ order, each naming where it was said', () => {
    expect(table).toMatchObject({ title: '歷次會議決議事項辦理情形', asOfText: '112年11月30日' });
    expect(table.rows.map((r) => [r.number, r.item, r.member, r.reference])).toEqual([
      [1, '一、綜合討論', '石豐宇委員', '(1)'],
      [
        2,
        '三、報告案-高雄市淨零城市發展自治條例-因應推動會及淨零政策推動規劃與進度說明。',
        '蔡卉荀委員',
        '(2)b.',
      ],
      [3, '決議事項', null, '3.'],
    ]);
    expect(table.rows[0]?.meeting).toBe('第七屆第一次大會(112年11月9日)');
    expect(table.rows[0]?.text).toMatch(/^交通號誌優先/);
    expect(table.rows[1]?.text).toMatch(/^工業部門：/);
    expect(table.rows[2]?.text).toMatch(/^請各局處依會議紀錄/);
  });

  it('lists each agency of a point with its reply and state, overdue when still owed', () => {
    expect(
      table.rows[1]?.assignments.map((a) => [a.agency, a.stateText, a.overdue, a.reply]),
    ).toEqual([
      ['勞工局', '待回復', true, null],
      ['經發局', '已回復', false, '將輔導企業揭露 ESG 資訊。'],
    ]);
    expect(table.rows[2]?.assignments[0]).toMatchObject({
      stateText: '繼續列管',
      overdue: true,
      note: '尚缺二局處之回復',
    });
  });

  it('refuses records the committee document cannot place, each at its path', () => {
    const error = thrown(() =>
      buildFollowUpTable(
        committee,
        [
          { ...record(3), subject: { ...whitePaperIndustry, subPoint: 'g' } },
          { ...record(3), agency: 'taipei-dot' },
          {
            ...record(3),
            subject: { kind: 'resolution', meeting: 't7-plenary-2', resolution: 1 },
          },
          { ...record(2), reply: null },
        ],
        { asOf: '2023-11-30', agencyNames },
      ),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((i) => i.path)).toEqual([
      'records[0].subject',
      'records[1].agency',
      'records[2].subject',
      'records[3].reply',
    ]);
  });
});

describe('the follow-up table’s files', () => {
  it('gives back, read with exceljs, one row per point and agency', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderFollowUpXlsx(table)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('歷次會議決議事項辦理情形');
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const blank = (values: unknown[]) =>
      Array.from({ length: FOLLOW_UP_COLUMNS.length }, (_, i) => values[i] ?? undefined);
    // The second point goes to two agencies: its cells stand again on each agency's row.
    const secondPoint = [
      2,
      table.rows[1]?.meeting,
      table.rows[1]?.item,
      '蔡卉荀委員',
      '(2)b.',
      table.rows[1]?.text,
    ];
    expect(rows.map(blank)).toEqual([
      [...FOLLOW_UP_COLUMNS],
      blank([
        1,
        '第七屆第一次大會(112年11月9日)',
        '一、綜合討論',
        '石豐宇委員',
        '(1)',
        table.rows[0]?.text,
        '交通局',
        '2023-11-20',
        '已於主要路口辦理定期調查。',
        '2023-11-17',
        '解除列管',
        undefined,
        '同意解除列管',
      ]),
      blank([...secondPoint, '勞工局', '2023-11-20', undefined, undefined, '待回復', '逾期']),
      blank([
        ...secondPoint,
        '經發局',
        '2023-11-20',
        '將輔導企業揭露 ESG 資訊。',
        '2023-11-16',
        '已回復',
      ]),
      blank([
        3,
        table.rows[2]?.meeting,
        '決議事項',
        undefined,
        '3.',
        table.rows[2]?.text,
        '環保局',
        '2023-11-20',
        '已彙整各局處回復。',
        '2023-11-21',
        '繼續列管',
        '逾期',
        '尚缺二局處之回復',
      ]),
    ]);
  });

  it('sets the table in a DOCX, a point’s cells spanning the rows of its agencies', async () => {
    const docx = await renderFollowUpDocx(table);
    const texts = (await docxParagraphs(docx)).map((p) => p.text);
    // Five rows under the header; the second point's four cells go on into its second row.
    const xml = await documentXml(docx);
    expect(xml.match(/<w:tr>/g)).toHaveLength(1 + 4);
    expect(xml.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(4);
    expect(texts[0]).toBe('歷次會議決議事項辦理情形');
    for (const row of table.rows) expect(texts).toContain(`${row.reference}${row.text}`);
    expect(texts).toContain('待回復');
    expect(texts).toContain('（逾期）');
    expect(texts).toContain('將輔導企業揭露 ESG 資訊。');
    expect(texts).toContain('（112年11月16日回復）');
  });

  it('says so when nothing is followed up', async () => {
    const empty = buildFollowUpTable(committee, [], { asOf: '2023-11-30', agencyNames });
    const texts = (await docxParagraphs(await renderFollowUpDocx(empty))).map((p) => p.text);
    expect(texts).toContain('無列管事項。');
  });
});
