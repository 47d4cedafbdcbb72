import { useState } from 'react';
import type { SessionUser } from '../../../contracts/api/session.js';
import { committeeApi } from '../../api/committee.js';
import { useApi } from '../../api/use-api.js';
import { hrefFor } from '../../app/routes.js';
import { Loaded } from '../../components/Feedback.js';
import { SignedIn } from '../../components/SignedIn.js';
import { formatDate } from '../../format/dates.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';
import { AssignmentsTable } from './AssignmentsTable.js';
import { CommentForm } from './CommentForm.js';
import { FollowUpDecision } from './FollowUpDecision.js';
import {
  AgendaItemForm,
  AssignForm,
  MinutesSentForm,
  PublishForm,
  ResolutionForm,
  RulingForm,
} from './MeetingForms.js';
import { Minutes } from './Minutes.js';
import { PointLinks } from './PointLinks.js';

export function MeetingWorkPage({ meeting }: { meeting: string }) {
  return (
    <SignedIn may="committee.manage">
      {(user) => <MeetingWork user={user} code={meeting} />}
    </SignedIn>
  );
}

/**
 * One meeting as the secretariat records it: the minutes so far, the forms that add to them,
 * the follow-up of each assigned point (解除列管 / 繼續列管), sending and publishing the minutes.
 */
function MeetingWork({ user, code }: { user: SessionUser; code: string }) {
  const { t, locale } = useI18n();
  const { city } = user;
  const [record, retry] = useApi(`committee/${city}/work/${code}`, (signal) =>
    committeeApi.meeting(city, code, signal),
  );
  const [saved, setSaved] = useState(0);
  const done = () => {
    setSaved((n) => n + 1);
    retry();
  };
  return (
    <>
      <p>
        <a href={hrefFor({ page: 'committeeSecretariat' })}>← {t('committee.secretariat')}</a>
      </p>
      <Loaded value={record} retry={retry} keepPrevious>
        {({ meeting, minutesPublishedOn, assignments, printedNames }) => (
          <>
            <h1>{meeting.title}</h1>
            <p role="status" className="success">
              {saved > 0 ? t('committee.saved') : ''}
            </p>
            <dl className="pairs">
              <dt>{t('committee.date')}</dt>
              <dd>{formatDate(meeting.date, locale)}</dd>
              <dt>{t('committee.minutesSent')}</dt>
              <dd>
                {meeting.minutesSentOn
                  ? formatDate(meeting.minutesSentOn, locale)
                  : t('common.none')}
              </dd>
              <dt>{t('committee.published')}</dt>
              <dd>
                {minutesPublishedOn ? (
                  <a href={hrefFor({ page: 'minutes', meeting: meeting.code })}>
                    {formatDate(minutesPublishedOn, locale)}
                  </a>
                ) : (
                  t('committee.notPublished')
                )}
              </dd>
            </dl>
            <details className="minutes-preview">
              <summary>{t('committee.preview')}</summary>
              <Minutes meeting={meeting} printedNames={printedNames} />
            </details>
            <AgendaItemForm city={city} meeting={meeting} onDone={done} />
            {meeting.agendaItems.length > 0 && (
              <>
                <CommentForm
                  city={city}
                  meeting={meeting.code}
                  items={meeting.agendaItems}
                  asSecretariat
                  onDone={done}
                />
                <RulingForm city={city} meeting={meeting} onDone={done} />
              </>
            )}
            <ResolutionForm city={city} meeting={meeting} onDone={done} />
            <AssignForm city={city} meeting={meeting} onDone={done} />
            <PointLinks city={city} meeting={meeting} onDone={done} />
            <Section id="follow-up" heading={t('committee.followUp')}>
              {assignments.length === 0 ? (
                <p>{t('committee.noAssignments')}</p>
              ) : (
                <AssignmentsTable
                  id="meeting-assignments"
                  caption={t('committee.followUpOf', { title: meeting.title })}
                  assignments={assignments}
                  action={{
                    heading: t('committee.decision'),
                    cell: (a) => <FollowUpDecision city={city} assignment={a} onDone={done} />,
                  }}
                />
              )}
            </Section>
            <MinutesSentForm city={city} meeting={meeting} onDone={done} />
            {minutesPublishedOn === null && (
              <PublishForm city={city} meeting={meeting} onDone={done} />
            )}
          </>
        )}
      </Loaded>
    </>
  );
}
