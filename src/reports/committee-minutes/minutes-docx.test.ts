import { describe, expect, it } from 'vitest';
import { renderMinutesDocx } from './minutes-docx.js';
import { buildMinutesModel } from './minutes-model.js';
import { docxParagraphs } from './test-support/docx-text.js';
import { loadSeedCommittee, SEED_MEETING } from './test-support/seed-committee.js';
import { printedLines } from './test-support/seed-points.js';

const { committee } = await loadSeedCommittee();
const [meeting] = committee.meetings;
if (!meeting) throw new Error('the seed meeting is missing');
const paragraphs = await docxParagraphs(
  await renderMinutesDocx(buildMinutesModel(committee, SEED_MEETING)),
);
const texts = paragraphs.map((p) => p.text);

describe('the seed meeting’s minutes as DOCX', () => {
  it('opens with the title on two lines, committee then meeting', () => {
    expect(texts[0]).toBe('高雄市政府永續發展暨氣候變遷因應推動會\n第七屆第一次大會會議紀錄');
  });

  it('holds every point, sub-point and resolution verbatim, each on its numbered line', () => {
    const lines = printedLines(meeting);
    expect(lines).toHaveLength(39 + 6 + 5); // points, sub-points a–f, resolutions
    for (const { number, text } of lines) expect(texts).toContain(`${number}\t${text}`);
  });

  it('heads the sections 壹 to 玖 in order, the agenda items below them', () => {
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '壹、時間：112年11月9日(星期四)下午4時30分',
      '貳、地點：高雄市政府四維行政中心十樓第三會議室',
      '參、主席：陳其邁市長',
      '肆、出席單位及人員：如簽到表',
      '伍、主席致詞(略)',
      '陸、報告事項：詳會議資料',
      '柒、決議事項：',
      '捌、臨時動議',
      '玖、散會：同日下午 6 時 00 分',
    ]);
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text.slice(0, 6))).toEqual(
      ['一、綜合討論', '二、指標異動', '三、報告案-'],
    );
    expect(texts).toContain('紀錄：林永祥');
  });

  it('names the speakers with their number, written comments marked as printed', () => {
    expect(texts).toContain('1.\t石豐宇委員：');
    expect(texts).toContain('7.\t蔡卉荀委員(書面資料)：');
    expect(texts).toContain('8.\t蔡卉荀委員(書面意見)：');
    expect(texts).toContain('(一)\t會務推動報告：略以');
    expect(texts).toContain('(二)\t討論過程：');
    expect(texts.filter((t) => t === '(三)\t主席裁示：同意備查')).toHaveLength(3);
  });
});
