import type { ReactNode } from 'react';
import { clockTimeText, meetingDateText } from '../../../core/committee/meeting-time.js';
import {
  agendaItemNumber,
  agendaPartNumber,
  pointNumber,
  resolutionNumber,
  sectionNumber,
  speakerNumber,
  subPointNumber,
} from '../../../core/committee/numbering.js';
import type { AgendaItemDocument, MeetingDocument } from '../../../contracts/committee-document.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/zh-TW.js';

interface Section {
  heading: MessageKey;
  text: string | null;
  body?: ReactNode;
}

/**
 * A meeting's minutes in the printed layout (壹、時間 … 玖、散會): the same sections, numbers
 * and verbatim words as the generated files, so the page and the download read alike.
 */
export function Minutes({
  meeting,
  printedNames,
}: {
  meeting: MeetingDocument;
  /** Names as printed (石豐宇委員), from the member records; a name missing is shown bare. */
  printedNames: Readonly<Record<string, string>>;
}) {
  const printed = (name: string) => printedNames[name] ?? name;
  const { t, locale } = useI18n();
  const reported = meeting.agendaItems.filter((item) => item.kind !== 'extempore_motion');
  const motions = meeting.agendaItems.filter((item) => item.kind === 'extempore_motion');
  const before: Section[] = [
    {
      heading: 'minutes.time',
      text: `${meetingDateText(meeting.date)}${clockTimeText(meeting.startTime)}`,
    },
    { heading: 'minutes.place', text: meeting.place },
    { heading: 'minutes.chair', text: printed(meeting.chair) },
    { heading: 'minutes.attendance', text: meeting.attendance.text },
  ];
  const after: Section[] = [
    { heading: 'minutes.chairRemarks', text: meeting.chairRemarks },
    {
      heading: 'minutes.reportMatters',
      text: meeting.reportMattersNote,
      body: <AgendaItems items={reported} printed={printed} />,
    },
    {
      heading: 'minutes.resolutions',
      text: null,
      body: (
        <NumberedList
          entries={meeting.resolutions.map((r) => ({
            key: r.number,
            number: resolutionNumber(r.number),
            content: r.text,
          }))}
        />
      ),
    },
    {
      heading: 'minutes.motions',
      text: null,
      body: <AgendaItems items={motions} printed={printed} />,
    },
    {
      heading: 'minutes.adjourned',
      text:
        meeting.endTime === null
          ? null
          : t('minutes.adjournedAt', { time: clockTimeText(meeting.endTime, true) }),
    },
  ];
  const line = (section: Section, number: string | null) => (
    <section key={section.heading} className="minutes-section">
      <h2>
        {number && <span className="minutes-no">{number}</span>}
        {t(section.heading)}
        {section.text !== null && section.text !== '' && (
          <span className="minutes-text">：{section.text}</span>
        )}
      </h2>
      {section.body}
    </section>
  );
  return (
    <article className="minutes" aria-label={t('committee.minutesOf', { title: meeting.title })}>
      {locale === 'en' && <p className="figure-note">{t('minutes.verbatimNote')}</p>}
      {before.map((s, i) => line(s, sectionNumber(i + 1)))}
      {meeting.recorder !== null &&
        line({ heading: 'minutes.recorder', text: meeting.recorder }, null)}
      {after.map((s, i) => line(s, sectionNumber(before.length + i + 1)))}
    </article>
  );
}

/** Agenda items, numbered within their section: (一) the presentation, (二) 討論過程, (三) 主席裁示. */
function AgendaItems({
  items,
  printed,
}: {
  items: readonly AgendaItemDocument[];
  printed: Printed;
}) {
  return (
    <>
      {items.map((item, index) => (
        <AgendaItem key={item.number} item={item} number={index + 1} printed={printed} />
      ))}
    </>
  );
}

type Printed = (name: string) => string;

function AgendaItem({
  item,
  number,
  printed,
}: {
  item: AgendaItemDocument;
  number: number;
  printed: Printed;
}) {
  const { t } = useI18n();
  const parts: { heading: string; text: string | null; body?: ReactNode }[] = [];
  if (item.presentation) {
    parts.push({ heading: item.presentation.heading, text: item.presentation.summary });
  }
  if (item.comments.length > 0) {
    parts.push({
      heading: t('minutes.discussion'),
      text: null,
      body: (
        <NumberedList
          entries={item.comments.map((comment) => ({
            key: comment.number,
            number: speakerNumber(comment.number),
            content: (
              <>
                {printed(comment.member)}
                {comment.writtenForm && `（${t(`writtenCommentForm.${comment.writtenForm}`)}）`}
                <NumberedList
                  entries={comment.points.map((point) => ({
                    key: point.number,
                    number: pointNumber(point.number),
                    content: (
                      <>
                        {point.text}
                        <NumberedList
                          entries={point.subPoints.map((sub, i) => ({
                            key: sub.letter,
                            number: subPointNumber(i + 1),
                            content: sub.text,
                          }))}
                        />
                      </>
                    ),
                  }))}
                />
              </>
            ),
          }))}
        />
      ),
    });
  }
  if (item.ruling !== null) parts.push({ heading: t('minutes.ruling'), text: item.ruling });
  return (
    <section className="minutes-item">
      <h3>
        <span className="minutes-no">{agendaItemNumber(number)}</span>
        {item.title}
      </h3>
      {parts.map((part, i) => (
        <div key={i} className="minutes-part">
          <h4>
            <span className="minutes-no">{agendaPartNumber(i + 1)}</span>
            {part.heading}
            {part.text !== null && <span className="minutes-text">：{part.text}</span>}
          </h4>
          {part.body}
        </div>
      ))}
    </section>
  );
}

/** A list numbered as printed (1. (1) a.): the numbers are the minutes', not the browser's. */
function NumberedList({
  entries,
}: {
  entries: readonly { key: string | number; number: string; content: ReactNode }[];
}) {
  if (entries.length === 0) return null;
  return (
    <ol className="minutes-list">
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="minutes-no">{entry.number}</span>
          {entry.content}
        </li>
      ))}
    </ol>
  );
}
