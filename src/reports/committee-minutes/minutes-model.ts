import { clockTimeText, meetingDateText } from '../../core/committee/meeting-time.js';
import {
  agendaItemNumber,
  agendaPartNumber,
  pointNumber,
  resolutionNumber,
  sectionNumber,
  speakerNumber,
  subPointNumber,
} from '../../core/committee/numbering.js';
import { zhTW } from '../../core/catalog/zh-TW.js';
import { printedChair, printedSpeaker } from '../../core/committee/printed-names.js';
import { NetZeroError } from '../../core/errors.js';
import type {
  AgendaItemDocument,
  CommitteeDocument,
  MeetingDocument,
} from '../../contracts/committee-document.js';

/**
 * The minutes of one meeting (會議紀錄) as a plain model in the printed layout: every number
 * already printed (壹、 一、 (一) 1. (1) a.), every text verbatim from the records. Renderers only
 * lay it out; they decide no wording.
 */
export interface MinutesModel {
  meeting: { code: string; date: string; title: string };
  /** 高雄市政府永續發展暨氣候變遷因應推動會 第七屆第一次大會會議紀錄 */
  title: string;
  /** 壹、 … 玖、 in order, with the unnumbered 紀錄 line where the minutes print it. */
  sections: MinutesSection[];
}

export interface MinutesSection {
  /** '壹、'; null for the unnumbered 紀錄 line. */
  number: string | null;
  heading: string;
  /**
   * What the heading's line says after it: after a colon (時間：…) or, for 主席致詞, in
   * brackets ((略)); null for a bare heading (捌、臨時動議 with nothing recorded).
   */
  text: string | null;
  textForm: 'colon' | 'bracketed';
  agendaItems: MinutesAgendaItem[];
  resolutions: NumberedText[];
}

export interface NumberedText {
  number: string;
  text: string;
}

export interface MinutesAgendaItem {
  /** '一、' */
  number: string;
  title: string;
  /** (一) the presentation, (二) 討論過程, (三) 主席裁示: those the records have, numbered in turn. */
  parts: MinutesPart[];
}

export interface MinutesPart {
  /** '(一)' */
  number: string;
  heading: string;
  /** After the colon: 略以, 同意備查; null for 討論過程, whose speakers follow. */
  text: string | null;
  speakers: MinutesSpeaker[];
}

export interface MinutesSpeaker {
  /** '1.' */
  number: string;
  /** 石豐宇委員 */
  name: string;
  /** 書面資料 / 書面意見 for a written comment, printed in brackets after the name. */
  written: string | null;
  points: MinutesPoint[];
}

export interface MinutesPoint extends NumberedText {
  subPoints: NumberedText[];
}

/**
 * The minutes of `meetingCode` from a validated committee document.
 * @example buildMinutesModel(doc, 't7-plenary-1').sections[0] // { number: '壹、', heading: '時間', text: '112年11月9日(星期四)下午4時30分', … }
 */
export function buildMinutesModel(document: CommitteeDocument, meetingCode: string): MinutesModel {
  const meeting = document.meetings.find((m) => m.code === meetingCode);
  if (!meeting) {
    const known = document.meetings.map((m) => m.code).join(', ') || 'none';
    throw new NetZeroError('NOT_FOUND', `no meeting "${meetingCode}" (meetings: ${known})`, [
      { path: 'meeting', message: 'unknown meeting' },
    ]);
  }
  const members = new Map(document.members.map((m) => [m.name, m]));
  const speakerName = (name: string) => printedSpeaker(name, members.get(name));

  const lines: Omit<MinutesSection, 'number'>[] = [
    line('時間', timeText(meeting)),
    line('地點', meeting.place),
    line('主席', printedChair(meeting.chair, members.get(meeting.chair))),
    line('出席單位及人員', meeting.attendance.text),
  ];
  const recorder = meeting.recorder === null ? [] : [line('紀錄', meeting.recorder)];
  const after: Omit<MinutesSection, 'number'>[] = [
    { ...line('主席致詞', meeting.chairRemarks), textForm: 'bracketed' },
    {
      ...line('報告事項', meeting.reportMattersNote),
      agendaItems: meeting.agendaItems
        .filter((item) => item.kind !== 'extempore_motion')
        .map((item, i) => agendaItem(item, i + 1, speakerName)),
    },
    {
      ...line('決議事項', ''),
      resolutions: meeting.resolutions.map((r) => ({
        number: resolutionNumber(r.number),
        text: r.text,
      })),
    },
    {
      ...line('臨時動議', null),
      agendaItems: meeting.agendaItems
        .filter((item) => item.kind === 'extempore_motion')
        .map((item, i) => agendaItem(item, i + 1, speakerName)),
    },
    line('散會', meeting.endTime === null ? null : `同日${clockTimeText(meeting.endTime, true)}`),
  ];
  let section = 0;
  const numbered = (s: Omit<MinutesSection, 'number'>): MinutesSection => ({
    number: sectionNumber(++section),
    ...s,
  });
  return {
    meeting: { code: meeting.code, date: meeting.date, title: meeting.title },
    title: `${document.committee.name} ${meeting.title}會議紀錄`,
    sections: [
      ...lines.map(numbered),
      ...recorder.map((s) => ({ number: null, ...s })),
      ...after.map(numbered),
    ],
  };
}

function line(heading: string, text: string | null): Omit<MinutesSection, 'number'> {
  return { heading, text, textForm: 'colon', agendaItems: [], resolutions: [] };
}

function timeText(meeting: MeetingDocument): string {
  return `${meetingDateText(meeting.date)}${clockTimeText(meeting.startTime)}`;
}

/** An agenda item, numbered within its section (臨時動議 start again at 一、). */
function agendaItem(
  item: AgendaItemDocument,
  number: number,
  speakerName: (member: string) => string,
): MinutesAgendaItem {
  const parts: Omit<MinutesPart, 'number'>[] = [];
  if (item.presentation) {
    parts.push({
      heading: item.presentation.heading,
      text: item.presentation.summary,
      speakers: [],
    });
  }
  if (item.comments.length > 0) {
    parts.push({
      heading: '討論過程',
      text: null,
      speakers: item.comments.map((c) => ({
        number: speakerNumber(c.number),
        name: speakerName(c.member),
        written: c.writtenForm === null ? null : zhTW.writtenCommentForm[c.writtenForm],
        points: c.points.map((p) => ({
          number: pointNumber(p.number),
          text: p.text,
          subPoints: p.subPoints.map((s, i) => ({ number: subPointNumber(i + 1), text: s.text })),
        })),
      })),
    });
  }
  if (item.ruling !== null) parts.push({ heading: '主席裁示', text: item.ruling, speakers: [] });
  return {
    number: agendaItemNumber(number),
    title: item.title,
    parts: parts.map((p, i) => ({ number: agendaPartNumber(i + 1), ...p })),
  };
}
