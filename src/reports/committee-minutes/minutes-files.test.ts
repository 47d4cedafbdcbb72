import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMinutes } from './render-minutes.js';
import { loadSeedCommittee, SEED_MEETING } from './test-support/seed-committee.js';
import { printedLines } from './test-support/seed-points.js';

const run = promisify(execFile);
const squeeze = (text: string) => text.replace(/\s+/g, '');

const { committee } = await loadSeedCommittee();
const [meeting] = committee.meetings;
if (!meeting) throw new Error('the seed meeting is missing');

// Runs LibreOffice (as the results report's file tests do): one start makes the ODT and the PDF.
describe('the seed meeting’s minutes written as DOCX, ODT and PDF', () => {
  let out: string;
  let written: string[];
  let pdfText: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'netzero-minutes-'));
    written = await renderMinutes(committee, SEED_MEETING, ['docx', 'odt', 'pdf'], out);
    const { stdout } = await run('pdftotext', [join(out, 'minutes-t7-plenary-1.pdf'), '-']);
    // A point running onto the next page has the page's footer in the middle of it.
    pdfText = squeeze(stdout).replace(/第\d+頁，共\d+頁/g, '');
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('writes one file per format, named after the meeting', () => {
    expect(written.map((p) => p.slice(out.length + 1))).toEqual([
      'minutes-t7-plenary-1.docx',
      'minutes-t7-plenary-1.odt',
      'minutes-t7-plenary-1.pdf',
    ]);
  });

  it('prints every point, sub-point and resolution in the PDF', () => {
    const missing = printedLines(meeting).filter(
      ({ number, text }) => !pdfText.includes(squeeze(`${number}${text}`)),
    );
    expect(missing).toEqual([]);
  });

  it('prints the title and the sections 壹 to 玖 in order in the PDF', () => {
    expect(pdfText).toContain('高雄市政府永續發展暨氣候變遷因應推動會第七屆第一次大會會議紀錄');
    const headings = [
      '壹、時間：112年11月9日(星期四)下午4時30分',
      '貳、地點：',
      '參、主席：陳其邁市長',
      '肆、出席單位及人員：如簽到表',
      '紀錄：林永祥',
      '伍、主席致詞(略)',
      '陸、報告事項：詳會議資料',
      '柒、決議事項：',
      '捌、臨時動議',
      '玖、散會：同日下午6時00分',
    ].map((h) => pdfText.indexOf(h));
    expect(headings.every((at) => at >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
  });

  it('writes an OpenDocument text holding the minutes', async () => {
    const odt = join(out, 'minutes-t7-plenary-1.odt');
    expect((await readFile(odt)).subarray(30, 38).toString()).toBe('mimetype');
    const content = (await run('unzip', ['-p', odt, 'content.xml'], { maxBuffer: 1 << 26 })).stdout;
    expect(content).toContain('淨零學院會以什麼樣的方式或是政策進入學校？');
  });
});
