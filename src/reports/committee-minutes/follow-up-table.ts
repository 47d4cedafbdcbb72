import type { FollowUpRecord, FollowUpSubject } from '../../core/committee/follow-up-record.js';
import { awaitsReply } from '../../core/committee/follow-up.js';
import {
  agendaItemNumber,
  printedPoint,
  resolutionNumber,
  subPointSequence,
} from '../../core/committee/numbering.js';
import { zhTW } from '../../core/catalog/zh-TW.js';
import type { FollowUpState } from '../../core/committee/vocabulary.js';
import { compareDates, type IsoDate } from '../../core/dates.js';
import { NetZeroError, type Issue } from '../../core/errors.js';
import { formatRocDate } from '../../core/roc-date.js';
import type { CommitteeDocument, MeetingDocument } from '../../contracts/committee-document.js';

/**
 * 「歷次會議決議事項辦理情形」: the table the secretariat brings to the next meeting, one row per
 * assigned point or resolution — where it was said, by whom, its words — and, per agency it was
 * assigned to, the due date, the reply, where it stands (列管) and the secretariat's note.
 */
export interface FollowUpTable {
  title: string;
  asOf: IsoDate;
  /** 資料截止日 as printed: 112年11月30日 */
  asOfText: string;
  rows: FollowUpRow[];
}

export interface FollowUpRow {
  /** 1, 2, 3 … down the table. */
  number: number;
  meetingCode: string;
  /** 第七屆第一次大會(112年11月9日) */
  meeting: string;
  /** 一、綜合討論; 決議事項 for a resolution. */
  item: string;
  /** 石豐宇委員; null for a resolution. */
  member: string | null;
  /** (1), (2)b., 3. */
  reference: string;
  /** The point's or resolution's words, verbatim. */
  text: string;
  assignments: FollowUpAssignment[];
}

export interface FollowUpAssignment {
  agencyCode: string;
  agency: string;
  dueDate: IsoDate | null;
  reply: string | null;
  repliedOn: IsoDate | null;
  state: FollowUpState;
  /** 解除列管, 繼續列管 … */
  stateText: string;
  /** Still owed an answer after its due date, as of the table's date. */
  overdue: boolean;
  note: string | null;
}

export interface FollowUpTableOptions {
  /** The day the table is made for: what is overdue is judged on it. */
  asOf: IsoDate;
  /** Agency names by code (the city's agencies and the committee's own). */
  agencyNames: ReadonlyMap<string, string>;
  title?: string;
}

/** The agency names a committee's records use: its city's list and the committee's additions. */
export function committeeAgencyNames(
  cityAgencies: readonly { code: string; name: string }[],
  committee: CommitteeDocument,
): Map<string, string> {
  return new Map([...cityAgencies, ...committee.agencies].map((a) => [a.code, a.name]));
}

/**
 * The follow-up table from a validated committee document and the follow-up records. Rows follow
 * the meetings by date and, within one, the minutes' order (agenda items, then resolutions);
 * each row's agencies keep the records' order. A record whose point, meeting or agency the
 * document does not have is refused with its path, so the table never shows a row it cannot name.
 * @example buildFollowUpTable(committee, records, { asOf: '2023-11-30', agencyNames }).rows[0].reference // '(1)'
 */
export function buildFollowUpTable(
  document: CommitteeDocument,
  records: readonly FollowUpRecord[],
  options: FollowUpTableOptions,
): FollowUpTable {
  const issues: Issue[] = [];
  type Entry = { order: readonly (string | number)[]; row: Omit<FollowUpRow, 'number'> };
  const rows = new Map<string, Entry>();
  records.forEach((record, i) => {
    const path = `records[${i}]`;
    const agency = options.agencyNames.get(record.agency);
    if (agency === undefined) {
      issues.push({ path: `${path}.agency`, message: `unknown agency "${record.agency}"` });
    }
    if (record.reply === null && (record.state === 'replied' || record.state === 'kept_open')) {
      issues.push({ path: `${path}.reply`, message: `a ${record.state} point needs its reply` });
    }
    const found = locate(document, record.subject);
    if (typeof found === 'string') {
      issues.push({ path: `${path}.subject`, message: found });
      return;
    }
    const key = JSON.stringify(found.order);
    const entry: Entry = rows.get(key) ?? {
      order: found.order,
      row: { ...found.row, assignments: [] },
    };
    rows.set(key, entry);
    entry.row.assignments.push({
      agencyCode: record.agency,
      agency: agency ?? record.agency,
      dueDate: record.dueDate,
      reply: record.reply?.text ?? null,
      repliedOn: record.reply?.date ?? null,
      state: record.state,
      stateText: zhTW.followUpState[record.state],
      overdue:
        awaitsReply(record.state) &&
        record.dueDate !== null &&
        compareDates(record.dueDate, options.asOf) < 0,
      note: record.note,
    });
  });
  if (issues.length > 0) {
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `the follow-up records do not match the committee's records: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
    );
  }
  const sorted = [...rows.values()].sort((a, b) => compareOrder(a.order, b.order));
  return {
    title: options.title ?? '歷次會議決議事項辦理情形',
    asOf: options.asOf,
    asOfText: formatRocDate(options.asOf),
    rows: sorted.map(({ row }, i) => ({ ...row, number: i + 1 })),
  };
}

type Located = { order: (string | number)[]; row: Omit<FollowUpRow, 'number' | 'assignments'> };

/** Where a subject sits in the document and what its row shows, or why it cannot be found. */
function locate(document: CommitteeDocument, subject: FollowUpSubject): Located | string {
  const meeting = document.meetings.find((m) => m.code === subject.meeting);
  if (!meeting) return `no meeting "${subject.meeting}"`;
  const base = {
    meetingCode: meeting.code,
    meeting: `${meeting.title}(${formatRocDate(meeting.date)})`,
  };
  const meetingOrder = [meeting.date, meeting.code];
  if (subject.kind === 'resolution') {
    const resolution = meeting.resolutions.find((r) => r.number === subject.resolution);
    if (!resolution) return `${meeting.title} has no resolution ${subject.resolution}`;
    return {
      order: [...meetingOrder, 1, resolution.number, 0, 0, 0],
      row: {
        ...base,
        item: '決議事項',
        member: null,
        reference: resolutionNumber(resolution.number),
        text: resolution.text,
      },
    };
  }
  const item = meeting.agendaItems.find((a) => a.number === subject.item);
  const comment = item?.comments.find((c) => c.number === subject.comment);
  const point = comment?.points.find((p) => p.number === subject.point);
  if (!item || !comment || !point) {
    return `${meeting.title} has no point (${subject.point}) of speaker ${subject.comment} in agenda item ${subject.item}`;
  }
  const letter = subject.subPoint;
  const sequence = letter === null ? 0 : subPointSequence(letter);
  const subPoint = point.subPoints.find((s) => s.letter === letter);
  if (letter !== null && (!subPoint || sequence === undefined)) {
    return `point (${point.number}) of ${comment.member} has no sub-point "${letter}"`;
  }
  const member = document.members.find((m) => m.name === comment.member);
  return {
    order: [...meetingOrder, 0, item.number, comment.number, point.number, sequence ?? 0],
    row: {
      ...base,
      item: itemLabel(meeting, item.number),
      member: `${comment.member}${member?.title ?? '委員'}`,
      reference: printedPoint(point.number, letter),
      text: subPoint?.text ?? point.text,
    },
  };
}

/** The item as the minutes number it: extempore motions count again from 一 under 臨時動議. */
function itemLabel(meeting: MeetingDocument, number: number): string {
  const item = meeting.agendaItems.find((a) => a.number === number);
  if (!item) return '';
  const motion = item.kind === 'extempore_motion';
  const position = meeting.agendaItems
    .filter((a) => (a.kind === 'extempore_motion') === motion)
    .indexOf(item);
  return `${motion ? '臨時動議' : ''}${agendaItemNumber(position + 1)}${item.title}`;
}

function compareOrder(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i] ?? 0, b[i] ?? 0];
    if (x === y) continue;
    if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : 1;
    return Number(x) - Number(y);
  }
  return 0;
}
