import { AlignmentType, HeadingLevel, Paragraph, type IRunOptions } from 'docx';
import { run } from '../render/docx/primitives.js';
import type {
  MinutesAgendaItem,
  MinutesModel,
  MinutesSection,
  NumberedText,
} from './minutes-model.js';
import { CHAR, committeeDocx } from './page.js';

/**
 * Where each level of the minutes starts and how wide its number is, in full-width characters,
 * one character further in per level as official documents indent; a wrapped line aligns with
 * the text, not the number (a hanging indent). Numbers of full-width characters (壹、 一、) fill
 * their width exactly and the text follows them; the others (1. (1) a.) are narrower than their
 * width by an amount that depends on the font, so a tab takes the text to the hanging indent.
 */
const LEVELS = {
  section: { start: 0, number: 2, tab: false },
  item: { start: 1, number: 2, tab: false },
  resolution: { start: 1, number: 1.5, tab: true },
  part: { start: 2, number: 2, tab: true },
  speaker: { start: 3, number: 1.5, tab: true },
  point: { start: 4, number: 2, tab: true },
  subPoint: { start: 5.5, number: 1.5, tab: true },
} as const;
type Level = keyof typeof LEVELS;

interface LineOptions {
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
  /** The runs after the number. */
  runs: IRunOptions[];
  keepNext?: boolean;
}

/** A numbered line at `level`: the number, a tab to the hanging indent, the text. */
function numbered(level: Level, number: string | null, options: LineOptions): Paragraph {
  const { start, number: width, tab } = LEVELS[level];
  const indent =
    number === null
      ? { left: start * CHAR }
      : { left: (start + width) * CHAR, hanging: width * CHAR };
  return new Paragraph({
    heading: options.heading,
    keepNext: options.keepNext,
    indent,
    spacing: { before: level === 'section' ? 120 : 0, after: 0 },
    children: [
      ...(number === null ? [] : [run({ text: tab ? `${number}\t` : number })]),
      ...options.runs.map(run),
    ],
  });
}

const plain = (text: string): IRunOptions => ({ text, bold: false });

function sectionLines(section: MinutesSection): Paragraph[] {
  const after =
    section.text === null
      ? []
      : [plain(section.textForm === 'bracketed' ? `(${section.text})` : `：${section.text}`)];
  return [
    numbered('section', section.number, {
      // The unnumbered 紀錄 line belongs to 肆: no heading of its own.
      heading: section.number === null ? undefined : HeadingLevel.HEADING_1,
      runs: [{ text: section.heading, bold: true }, ...after],
      keepNext: section.agendaItems.length + section.resolutions.length > 0,
    }),
    ...section.agendaItems.flatMap(itemLines),
    ...section.resolutions.map((r) => textLine('resolution', r)),
  ];
}

function textLine(level: Level, line: NumberedText): Paragraph {
  return numbered(level, line.number, { runs: [{ text: line.text }] });
}

function itemLines(item: MinutesAgendaItem): Paragraph[] {
  return [
    numbered('item', item.number, {
      heading: HeadingLevel.HEADING_2,
      runs: [{ text: item.title }],
      keepNext: true,
    }),
    ...item.parts.flatMap((part) => [
      numbered('part', part.number, {
        runs: [{ text: `${part.heading}：${part.text ?? ''}` }],
        keepNext: part.speakers.length > 0,
      }),
      ...part.speakers.flatMap((speaker) => [
        numbered('speaker', speaker.number, {
          runs: [{ text: `${speaker.name}${speaker.written ? `(${speaker.written})` : ''}：` }],
          keepNext: true,
        }),
        ...speaker.points.flatMap((point) => [
          textLine('point', point),
          ...point.subPoints.map((s) => textLine('subPoint', s)),
        ]),
      ]),
    ]),
  ];
}

/**
 * The minutes as a Word document in the printed layout: the title centred, the sections 壹、…
 * 玖、 as first-level headings and the agenda items as second-level ones (so Word's navigation
 * pane and the PDF's bookmarks list them), every lower level a numbered line with a hanging
 * indent, page numbers at the foot.
 */
export function renderMinutesDocx(minutes: MinutesModel): Promise<Buffer> {
  const [committee, ...rest] = minutes.title.split(' ');
  const titleLines = rest.length > 0 ? [committee ?? '', rest.join(' ')] : [minutes.title];
  return committeeDocx({
    title: minutes.title,
    description: `${minutes.meeting.code} ${minutes.meeting.date}`,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: titleLines.map((text, i) =>
          run({ text, bold: true, size: 36, break: i > 0 ? 1 : undefined }),
        ),
      }),
      ...minutes.sections.flatMap(sectionLines),
    ],
  });
}
