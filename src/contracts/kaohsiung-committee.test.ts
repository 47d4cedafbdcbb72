import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { zhTW } from '../core/catalog/zh-TW.js';
import { citationGaps } from './source-document.js';
import { validateCityDocument } from './validate-city-document.js';
import { validateCommitteeDocument } from './validate-committee-document.js';
import {
  seedAgenda,
  seedResolutions,
  seedWhitePaperSubPoints,
} from './test-support/kaohsiung-minutes.js';

const read = async (name: string): Promise<unknown> =>
  parse(await readFile(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

describe('data/kaohsiung-committee.yaml', async () => {
  const city = validateCityDocument(await read('kaohsiung.yaml'));
  const doc = validateCommitteeDocument(await read('kaohsiung-committee.yaml'), {
    city: city.city.code,
    agencies: new Set(city.agencies.map((a) => a.code)),
    sources: new Set(city.sources.map((s) => s.code)),
  });
  const [meeting] = doc.meetings;
  if (!meeting) throw new Error('the seed meeting is missing');

  it("cites the city's sources as publications, and adds no source or agency of its own", () => {
    const cited = [doc.committee.source, ...doc.terms.map((t) => t.source), meeting.source];
    const sources = new Map(city.sources.map((s) => [s.code, s]));
    expect([...new Set(cited)].map((code) => [code, sources.get(code)?.kind])).toEqual([
      ['report-112', 'report'],
      ['minutes-7-1', 'minutes'],
    ]);
    for (const code of cited) {
      const source = sources.get(code);
      expect(source && citationGaps(source)).toEqual([]);
    }
    expect(doc.sources).toEqual([]);
    expect(doc.agencies).toEqual([]);
  });

  it('holds the seed meeting as the minutes head it', () => {
    expect(meeting).toMatchObject({
      kind: 'plenary',
      term: 7,
      sequence: 1,
      date: '2023-11-09',
      startTime: '16:30',
      endTime: '18:00',
      chair: '陳其邁',
      recorder: '林永祥',
      attendance: { text: '如簽到表', members: null },
      replyDays: 7,
    });
  });

  it('has every speaker of every agenda item, in order, with all their points', () => {
    const outline = meeting.agendaItems.map((item) => ({
      heading: item.title,
      ruling: item.ruling,
      speakers: item.comments.map((c) => ({
        member: c.member,
        written: c.writtenForm === null ? null : zhTW.writtenCommentForm[c.writtenForm],
        points: c.points.map((p) => p.text),
      })),
    }));
    expect(outline).toHaveLength(seedAgenda.length);
    seedAgenda.forEach((expected, i) => {
      const actual = outline[i];
      expect(actual?.heading.startsWith(expected.heading)).toBe(true);
      expect(actual?.ruling).toBe(expected.ruling);
      expect(actual?.speakers.map((s) => [s.member, s.written, s.points.length])).toEqual(
        expected.speakers.map((s) => [s.member, s.written, s.points.length]),
      );
      expected.speakers.forEach((speaker, s) =>
        speaker.points.forEach((firstWords, p) =>
          expect(actual?.speakers[s]?.points[p]?.startsWith(firstWords)).toBe(true),
        ),
      );
    });
  });

  it('counts 39 points, 18 + 6 + 15', () => {
    const perItem = meeting.agendaItems.map((item) =>
      item.comments.reduce((sum, c) => sum + c.points.length, 0),
    );
    expect(perItem).toEqual([18, 6, 15]);
  });

  it('has the six sector sub-points a–f of 蔡卉荀’s written opinion', () => {
    const opinion = meeting.agendaItems[2]?.comments.find((c) => c.member === '蔡卉荀');
    const subPoints = opinion?.points[1]?.subPoints ?? [];
    expect(subPoints.map((s) => [s.letter, s.text.slice(0, 4)])).toEqual(
      seedWhitePaperSubPoints.map(([letter, sector]) => [letter, sector]),
    );
  });

  it('has the five resolutions, resolution 3 addressed to every agency', () => {
    expect(meeting.resolutions.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    seedResolutions.forEach((firstWords, i) =>
      expect(meeting.resolutions[i]?.text.startsWith(firstWords)).toBe(true),
    );
    expect(meeting.resolutions[2]?.text).toContain('文到 7 日內');
    expect(meeting.resolutions[2]?.concerns).toBe('all');
  });

  it('records no extempore motion (臨時動議 is empty)', () => {
    expect(meeting.agendaItems.some((item) => item.kind === 'extempore_motion')).toBe(false);
  });

  it('reads 陳勁甫’s point as 交通局’s, where it names 交通局', () => {
    const chen = meeting.agendaItems[0]?.comments.find((c) => c.member === '陳勁甫');
    expect(chen?.points[0]?.concerns).toEqual(['tb']);
  });

  it('keeps no PDF list marker or point number inside the texts', () => {
    const texts = meeting.agendaItems.flatMap((item) =>
      item.comments.flatMap((c) =>
        c.points.flatMap((p) => [p.text, ...p.subPoints.map((s) => s.text)]),
      ),
    );
    expect(texts.filter((t) => /^(- |\(\d+\)|[a-f]\.)/.test(t) || t.includes('\n'))).toEqual([]);
  });

  it('names no member category or group lead that no source gives', () => {
    expect(doc.members.filter((m) => m.category !== null)).toEqual([]);
    expect(doc.groups.flatMap((g) => g.leadAgencies)).toEqual([]);
    expect(doc.groups.map((g) => g.name)).toEqual([
      '綠色經濟組',
      '永續願景組',
      '永續安全組',
      '永續教育組',
      '永續環境組',
    ]);
  });
});
