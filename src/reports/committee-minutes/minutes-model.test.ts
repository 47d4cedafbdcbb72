import { describe, expect, it } from 'vitest';
import type { AgendaItemDocument, CommitteeDocument } from '../../contracts/committee-document.js';
import {
  seedAgenda,
  seedResolutions,
  seedWhitePaperSubPoints,
} from '../../contracts/test-support/kaohsiung-minutes.js';
import { thrown } from '../../core/test-support/thrown.js';
import { buildMinutesModel, type MinutesSection } from './minutes-model.js';
import { loadSeedCommittee, SEED_MEETING } from './test-support/seed-committee.js';

const { committee } = await loadSeedCommittee();
const minutes = buildMinutesModel(committee, SEED_MEETING);
const section = (heading: string): MinutesSection => {
  const found = minutes.sections.find((s) => s.heading === heading);
  if (!found) throw new Error(`no section ${heading}`);
  return found;
};

describe('the minutes of the seed meeting', () => {
  it('are titled and headed as printed, 壹 to 玖 with 紀錄 after 肆', () => {
    expect(minutes.title).toBe('高雄市政府永續發展暨氣候變遷因應推動會 第七屆第一次大會會議紀錄');
    expect(minutes.sections.map((s) => [s.number, s.heading, s.text, s.textForm])).toEqual([
      ['壹、', '時間', '112年11月9日(星期四)下午4時30分', 'colon'],
      ['貳、', '地點', '高雄市政府四維行政中心十樓第三會議室', 'colon'],
      ['參、', '主席', '陳其邁市長', 'colon'],
      ['肆、', '出席單位及人員', '如簽到表', 'colon'],
      [null, '紀錄', '林永祥', 'colon'],
      ['伍、', '主席致詞', '略', 'bracketed'],
      ['陸、', '報告事項', '詳會議資料', 'colon'],
      ['柒、', '決議事項', '', 'colon'],
      ['捌、', '臨時動議', null, 'colon'],
      ['玖、', '散會', '同日下午 6 時 00 分', 'colon'],
    ]);
  });

  it('lists the three agenda items with their parts (一) (二) (三)', () => {
    const items = section('報告事項').agendaItems;
    expect(items.map((i) => `${i.number}${i.title}`)).toEqual([
      '一、綜合討論',
      '二、指標異動討論案',
      '三、報告案-高雄市淨零城市發展自治條例-因應推動會及淨零政策推動規劃與進度說明。',
    ]);
    expect(items[0]?.parts.map((p) => [p.number, p.heading, p.text])).toEqual([
      ['(一)', '會務推動報告', '略以'],
      ['(二)', '討論過程', null],
      ['(三)', '主席裁示', '同意備查'],
    ]);
    expect(items[2]?.parts[0]).toMatchObject({ heading: '報告案說明', text: '略以。' });
  });

  it('has every speaker numbered, named 委員, written comments marked, every point in order', () => {
    const items = section('報告事項').agendaItems;
    seedAgenda.forEach((expected, i) => {
      const speakers = items[i]?.parts[1]?.speakers ?? [];
      expect(speakers.map((s) => [s.number, s.name, s.written])).toEqual(
        expected.speakers.map((s, n) => [`${n + 1}.`, `${s.member}委員`, s.written]),
      );
      expected.speakers.forEach((s, n) =>
        s.points.forEach((firstWords, p) => {
          const point = speakers[n]?.points[p];
          expect(point?.number).toBe(`(${p + 1})`);
          expect(point?.text.startsWith(firstWords)).toBe(true);
        }),
      );
      expect(items[i]?.parts[2]).toMatchObject({ heading: '主席裁示', text: expected.ruling });
    });
  });

  it('letters the sub-points of the written opinion a. to f.', () => {
    const opinion = section('報告事項').agendaItems[2]?.parts[1]?.speakers[7];
    expect(opinion).toMatchObject({ name: '蔡卉荀委員', written: '書面意見' });
    const subPoints = opinion?.points[1]?.subPoints ?? [];
    expect(subPoints.map((s) => s.number)).toEqual(['a.', 'b.', 'c.', 'd.', 'e.', 'f.']);
    seedWhitePaperSubPoints.forEach(([letter, words], i) => {
      expect(subPoints[i]?.number).toBe(`${letter}.`);
      expect(subPoints[i]?.text.startsWith(words)).toBe(true);
    });
  });

  it('numbers the five resolutions 1. to 5.', () => {
    const resolutions = section('決議事項').resolutions;
    expect(resolutions.map((r) => r.number)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    seedResolutions.forEach((words, i) =>
      expect(resolutions[i]?.text.startsWith(words)).toBe(true),
    );
  });
});

describe('buildMinutesModel', () => {
  it('refuses a meeting the document does not have', () => {
    const error = thrown(() => buildMinutesModel(committee, 't7-plenary-9'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('t7-plenary-1');
  });

  it('prints extempore motions under 捌, numbered from 一, and leaves out parts not recorded', () => {
    const [meeting] = committee.meetings;
    const [, discussion] = meeting?.agendaItems ?? [];
    if (!meeting || !discussion) throw new Error('no meeting');
    const motion: AgendaItemDocument = {
      ...discussion,
      number: 4,
      kind: 'extempore_motion',
      title: '臨時動議案',
      presentation: null,
      ruling: null,
    };
    const doc: CommitteeDocument = {
      ...committee,
      meetings: [{ ...meeting, agendaItems: [...meeting.agendaItems, motion], endTime: null }],
    };
    const model = buildMinutesModel(doc, SEED_MEETING);
    const motions = model.sections.find((s) => s.heading === '臨時動議')?.agendaItems ?? [];
    expect(motions.map((m) => `${m.number}${m.title}`)).toEqual(['一、臨時動議案']);
    expect(motions[0]?.parts.map((p) => `${p.number}${p.heading}`)).toEqual(['(一)討論過程']);
    expect(model.sections.find((s) => s.heading === '散會')?.text).toBeNull();
  });
});
