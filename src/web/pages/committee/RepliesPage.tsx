import { useEffect, useState } from 'react';
import { addDays, compareDates, todayInTaiwan } from '../../../core/dates.js';
import { defaultReminderPolicy } from '../../../core/committee/reminders.js';
import type { AssignmentResponse } from '../../../contracts/api/committee.js';
import type { SessionUser } from '../../../contracts/api/session.js';
import { useAgencyName } from '../../api/agencies.js';
import { committeeApi } from '../../api/committee.js';
import { useApi } from '../../api/use-api.js';
import { DataTable } from '../../components/DataTable.js';
import { formatDate } from '../../format/dates.js';
import { Loaded } from '../../components/Feedback.js';
import { TextAreaField, useFields } from '../../components/Field.js';
import { SignedIn } from '../../components/SignedIn.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';
import { AssignmentsTable } from './AssignmentsTable.js';
import { FormSection } from './FormSection.js';

export function RepliesPage() {
  const { t } = useI18n();
  return (
    <SignedIn may="committee.reply">
      {(user) => (
        <>
          <h1>{t('committee.replies')}</h1>
          {user.agencies.map((agency) => (
            <AgencyReplies key={agency} user={user} agency={agency} />
          ))}
        </>
      )}
    </SignedIn>
  );
}

/**
 * An agency's assigned points: due dates (overdue ones said in words), the reminders, and a
 * reply form for the one the clerk picks.
 */
function AgencyReplies({ user, agency }: { user: SessionUser; agency: string }) {
  const { t } = useI18n();
  const [list, retry] = useApi(`committee/${user.city}/agency/${agency}`, (signal) =>
    committeeApi.agencyAssignments(user.city, agency, signal),
  );
  const [replying, setReplying] = useState<number | null>(null);
  const agencyName = useAgencyName(user.city);
  return (
    <Loaded value={list} retry={retry} keepPrevious>
      {(assignments) => {
        const name = agencyName(agency, assignments[0]?.agencyName ?? agency) ?? agency;
        const waiting = assignments.filter((a) => a.state === 'open' || a.state === 'kept_open');
        const chosen = waiting.find((a) => a.id === replying);
        return (
          <Section id={`agency-${agency}`} heading={name}>
            <Reminders assignments={waiting} />
            {assignments.length === 0 ? (
              <p>{t('committee.noAssignments')}</p>
            ) : (
              <AssignmentsTable
                id={`assigned-${agency}`}
                caption={t('committee.assignedTo', { agency: name })}
                assignments={[...assignments].sort(byUrgency)}
                action={{
                  heading: t('committee.replyAction'),
                  cell: (a) =>
                    waiting.includes(a) && (
                      <button
                        type="button"
                        aria-label={t('committee.replyTo', { reference: a.reference })}
                        aria-expanded={a.id === replying}
                        onClick={() => setReplying(a.id)}
                      >
                        {t('committee.replyAction')}
                      </button>
                    ),
                }}
              />
            )}
            <IssuedReminders city={user.city} agency={agency} assignments={assignments} />
            {chosen && (
              <ReplyForm
                key={chosen.id}
                city={user.city}
                agency={agency}
                assignment={chosen}
                onDone={() => {
                  setReplying(null);
                  retry();
                }}
              />
            )}
          </Section>
        );
      }}
    </Loaded>
  );
}

/** Overdue first, then what still awaits a reply, then the rest; each by due date. */
function byUrgency(a: AssignmentResponse, b: AssignmentResponse): number {
  const rank = (x: AssignmentResponse) =>
    x.overdue ? 0 : x.state === 'open' || x.state === 'kept_open' ? 1 : 2;
  return rank(a) - rank(b) || compareDates(a.dueDate ?? '9999-12-31', b.dueDate ?? '9999-12-31');
}

/** The in-app reminders: what is overdue, and what falls due within the reminder's notice. */
function Reminders({ assignments }: { assignments: readonly AssignmentResponse[] }) {
  const { t } = useI18n();
  const soon = addDays(todayInTaiwan(), defaultReminderPolicy.daysBeforeDue);
  const overdue = assignments.filter((a) => a.overdue).length;
  const dueSoon = assignments.filter(
    (a) => !a.overdue && a.dueDate !== null && compareDates(a.dueDate, soon) <= 0,
  ).length;
  if (overdue === 0 && dueSoon === 0) return null;
  return (
    <div className="reminder" role="note">
      {overdue > 0 && <p>{t('committee.remindOverdue', { count: overdue })}</p>}
      {dueSoon > 0 && <p>{t('committee.remindDueSoon', { count: dueSoon })}</p>}
    </div>
  );
}

/** What the secretariat's reminder runs have sent this agency, newest first. */
function IssuedReminders({
  city,
  agency,
  assignments,
}: {
  city: string;
  agency: string;
  assignments: readonly AssignmentResponse[];
}) {
  const { t, locale } = useI18n();
  const [list, retry] = useApi(`committee/${city}/agency/${agency}/reminders`, (signal) =>
    committeeApi.agencyReminders(city, agency, signal),
  );
  const reference = (id: number) => assignments.find((a) => a.id === id)?.reference ?? '';
  return (
    <Loaded value={list} retry={retry}>
      {(reminders) => (
        <DataTable
          caption={t('committee.remindersIssued')}
          captionId={`reminders-${agency}`}
          className="cards"
          rows={reminders}
          rowKey={(r) => `${r.assignment}-${r.kind}-${r.round}-${r.dueDate}`}
          empty={null}
          columns={[
            {
              heading: t('committee.reminderSentOn'),
              label: t('committee.reminderSentOn'),
              className: 'nowrap',
              cell: (r) => formatDate(r.sentOn, locale),
            },
            {
              heading: t('committee.reminderKind'),
              label: t('committee.reminderKind'),
              cell: (r) =>
                t('committee.reminderRound', { kind: t(`reminderKind.${r.kind}`), round: r.round }),
            },
            {
              heading: t('committee.reminderSubject'),
              label: t('committee.reminderSubject'),
              cell: (r) => reference(r.assignment),
            },
            {
              heading: t('committee.reminderHow'),
              label: t('committee.reminderHow'),
              cell: (r) => t(r.mailed ? 'committee.reminderMailed' : 'committee.reminderInApp'),
            },
          ]}
        />
      )}
    </Loaded>
  );
}

function ReplyForm({
  city,
  agency,
  assignment,
  onDone,
}: {
  city: string;
  agency: string;
  assignment: AssignmentResponse;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const form = `reply-${assignment.id}`;
  const { values, field } = useFields({ text: assignment.reply?.text ?? '' }, form);
  const textField = field('text', t('committee.reply'));
  // The form opens below the list: take the clerk (and their keyboard) to it.
  useEffect(() => {
    const element = document.getElementById(textField.id);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  }, [textField.id]);
  return (
    <FormSection
      id={form}
      heading={t('committee.replyTo', { reference: assignment.reference })}
      submitLabel={t('committee.replySubmit')}
      submit={() =>
        committeeApi.reply({
          params: { city, agency, id: assignment.id },
          body: { text: values.text, version: assignment.version },
        })
      }
      onDone={onDone}
    >
      <p className="prose">{assignment.text}</p>
      <TextAreaField {...textField} rows={4} required />
    </FormSection>
  );
}
