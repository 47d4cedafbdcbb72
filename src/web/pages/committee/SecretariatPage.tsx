import { useState } from 'react';
import type { CommitteeOverdue, MeetingSummary } from '../../../contracts/api/committee.js';
import type { SessionUser } from '../../../contracts/api/session.js';
import { committeeApi } from '../../api/committee.js';
import { useApi } from '../../api/use-api.js';
import { hrefFor } from '../../app/routes.js';
import { DataTable } from '../../components/DataTable.js';
import { Loaded } from '../../components/Feedback.js';
import { SignedIn } from '../../components/SignedIn.js';
import { formatDate } from '../../format/dates.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';
import { AssignmentsTable } from './AssignmentsTable.js';
import { RecordMeetingForm } from './RecordMeetingForm.js';
import { cardColumns } from './words.js';

export function SecretariatPage() {
  return <SignedIn may="committee.manage">{(user) => <Secretariat user={user} />}</SignedIn>;
}

/** 推動會幕僚作業: every meeting (drafts too), a new meeting, and what is overdue per agency. */
function Secretariat({ user }: { user: SessionUser }) {
  const { t, locale } = useI18n();
  const [reload, setReload] = useState(0);
  const [meetings, retry] = useApi(`committee/${user.city}/meetings/${reload}`, (signal) =>
    committeeApi.meetings(user.city, signal),
  );
  const [overdue, retryOverdue] = useApi(`committee/${user.city}/overdue`, (signal) =>
    committeeApi.overdue(user.city, signal),
  );
  return (
    <>
      <h1>{t('committee.secretariat')}</h1>
      <Section id="all-meetings" heading={t('committee.meetings')}>
        <Loaded value={meetings} retry={retry} keepPrevious>
          {(list) => (
            <DataTable
              name={{ labelledBy: 'all-meetings-heading' }}
              rows={list}
              rowKey={(m) => m.code}
              empty={<p>{t('committee.noMeetingsYet')}</p>}
              className="cards"
              columns={cardColumns<MeetingSummary>([
                {
                  heading: t('committee.meeting'),
                  cell: (m) => (
                    <a href={hrefFor({ page: 'committeeMeeting', meeting: m.code })}>{m.title}</a>
                  ),
                },
                {
                  heading: t('committee.kind'),
                  cell: (m) => t(`meetingKind.${m.kind}`),
                },
                {
                  heading: t('committee.date'),
                  cell: (m) => formatDate(m.date, locale),
                  className: 'nowrap',
                },
                {
                  heading: t('committee.minutesSent'),
                  cell: (m) =>
                    m.minutesSentOn ? formatDate(m.minutesSentOn, locale) : t('common.none'),
                },
                {
                  heading: t('committee.published'),
                  cell: (m) =>
                    m.minutesPublishedOn
                      ? formatDate(m.minutesPublishedOn, locale)
                      : t('committee.notPublished'),
                },
              ])}
            />
          )}
        </Loaded>
      </Section>
      <RecordMeetingForm city={user.city} onRecorded={() => setReload((n) => n + 1)} />
      <Loaded value={overdue} retry={retryOverdue}>
        {(data) => <UncountedReminders list={data.uncountedReminders} />}
      </Loaded>
      <Section id="overdue" heading={t('committee.overdueHeading')}>
        <Loaded value={overdue} retry={retryOverdue}>
          {(data) =>
            data.agencies.length === 0 ? (
              <p>{t('committee.noOverdue', { date: formatDate(data.asOf, locale) })}</p>
            ) : (
              data.agencies.map((agency) => (
                <AssignmentsTable
                  key={agency.agency}
                  id={`overdue-${agency.agency}`}
                  caption={t('committee.overdueOf', {
                    agency: agency.agencyName,
                    count: agency.overdue,
                    date: formatDate(agency.oldestDue, locale),
                  })}
                  assignments={agency.assignments}
                />
              ))
            )
          }
        </Loaded>
      </Section>
    </>
  );
}

/** Reminders the daily job skips (their days reach a year without a confirmed calendar), and why. */
function UncountedReminders({ list }: { list: CommitteeOverdue['uncountedReminders'] }) {
  const { t, locale } = useI18n();
  if (list.length === 0) return null;
  const years = [...new Set(list.map((u) => u.year))].join(', ');
  return (
    <Section id="uncounted-reminders" heading={t('committee.uncountedHeading')}>
      <p>{t('committee.uncountedNote', { years })}</p>
      <ul>
        {list.map((u) => (
          <li key={`${u.assignment}`}>
            {t('committee.uncountedOf', {
              agency: u.agencyName,
              reference: u.reference,
              date: formatDate(u.dueDate, locale),
              year: u.year,
            })}
          </li>
        ))}
      </ul>
    </Section>
  );
}
